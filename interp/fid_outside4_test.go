package interp

import (
	"fmt"
	"strings"
	"testing"
)

// Programs from outside4's classes, run whole and split into notebook
// cells; want is what go run printed.
//
// A select evaluates the channel of every case and the value of every send
// once, in source order, on entering it (selectorder.go in rewrite); yaegi
// evaluated the sent values first and the channels after.
//
// A type switch's empty default clause is a no-op (emptydefault.go in
// rewrite); yaegi's compiler failed on it.
//
// A function with unnamed results whose deferred call recovers a panic
// returns the results' zero values (namedresults.go in rewrite); yaegi
// returned the previous call's result at the same call site, in a loop.
//
// %#v of a struct with an interface field writes a pointer field of a
// compiled type with a GoString method as fmt does (pairsyntax.go): <nil>
// for nil, the method's text otherwise.

var outside4Programs = []fidProgram{
	{name: "select operands in source order", src: `package main

import "fmt"

type Flag bool

var trace []string

func pick(name string, c chan int) chan int {
	trace = append(trace, "chan "+name)
	return c
}

func val(name string, v int) int {
	trace = append(trace, "value "+name)
	return v
}

func main() {
	ready := make(chan int, 1)
	var never chan int
	select {
	case pick("a", never) <- val("a", 1):
		fmt.Println("sent on a")
	case got := <-pick("b", never):
		fmt.Println("received", got)
	case pick("c", ready) <- val("c", 3):
		fmt.Println("sent on c")
	}
	fmt.Println(trace)
	fmt.Println(<-ready)

	flags := make(chan Flag, 1)
	n := 0
	count := func() int { n++; return n }
loop:
	for {
		select {
		case flags <- count() > 2:
			if f := <-flags; f {
				fmt.Println("flag set after", n)
				break loop
			}
		}
	}
}
`,
		want: `sent on c
[chan a value a chan b chan c value c]
3
flag set after 3
`},
	{name: "labeled select in a loop with a sent call", src: `package main

import "fmt"

func main() {
	order := ""
	next := func(s string, c chan string) chan string { order += s; return c }
	out := make(chan string, 2)
	for i := 0; i < 2; i++ {
	L:
		select {
		case next("ch", out) <- fmt.Sprint(func() string { order += "v"; return "x" }(), i):
			if i == 0 {
				break L
			}
			order += "!"
		default:
			order += "full"
		}
	}
	fmt.Println(order, <-out, <-out)
}
`,
		want: `chvchv! x0 x1
`},
	{name: "type switches with an empty default clause", src: `package main

import (
	"encoding/json"
	"fmt"
)

type Shape interface{ Area() float64 }

type Square struct{ Side float64 }

func (s Square) Area() float64 { return s.Side * s.Side }

func describe(v any) string {
	kind := "unknown"
	switch x := v.(type) {
	case int:
		kind = fmt.Sprint("int ", x)
	case Shape:
		kind = fmt.Sprintf("shape of area %.1f", x.Area())
	default:
	}
	return kind
}

func count(values []any) (strs int) {
	for _, v := range values {
		switch v.(type) {
		case string:
			strs++
		default:
		}
	}
	return strs
}

func main() {
	var doc any
	_ = json.Unmarshal([]byte("{\"a\": [1, \"two\", null]}"), &doc)
	for _, v := range []any{3, Square{2}, "text", nil, doc} {
		fmt.Println(describe(v))
	}
	fmt.Println(count([]any{"a", 1, "b", 2.5, nil}))

	var last any = 4.5
	switch v := last.(type) {
	case float64:
		fmt.Println("float", v)
	default:
	}
	fmt.Println("done")
}
`,
		want: `int 3
shape of area 4.0
unknown
unknown
unknown
2
float 4.5
done
`},
	{name: "recovered panics return zero results in a loop", src: `package main

import (
	"errors"
	"fmt"
	"strconv"
)

func mustPositive(n int) {
	if n <= 0 {
		panic("not positive: " + strconv.Itoa(n))
	}
}

func safeDouble(n int) int {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	mustPositive(n)
	return 2 * n
}

func parse(s string) (int, error) {
	defer func() { recover() }()
	if s == "" {
		panic(errors.New("empty"))
	}
	return strconv.Atoi(s)
}

func main() {
	for _, n := range []int{3, -1, 4, 0} {
		fmt.Println(safeDouble(n))
	}
	for _, s := range []string{"12", "", "7", ""} {
		v, err := parse(s)
		fmt.Println(v, err)
	}
	check := func(ok bool) (b bool) {
		defer func() { recover() }()
		if !ok {
			panic("no")
		}
		return true
	}
	fmt.Println(check(true), check(false))
}
`,
		want: `6
recovered: not positive: -1
0
8
recovered: not positive: 0
0
12 <nil>
0 <nil>
7 <nil>
0 <nil>
true false
`},
	{name: "%#v of nil and set *time.Time fields beside an interface field", src: `package main

import (
	"fmt"
	"time"
)

type Event struct {
	Name  string
	At    *time.Time
	Every *time.Duration
	Meta  any
}

func main() {
	at := time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)
	events := []Event{
		{Name: "draft"},
		{Name: "sent", At: &at, Meta: map[string]int{"n": 1}},
	}
	fmt.Printf("%#v\n", events[0])
	fmt.Printf("%#v\n", events[1].At)
	fmt.Printf("%#v\n", events)
}
`,
		want: `main.Event{Name:"draft", At:<nil>, Every:(*time.Duration)(nil), Meta:interface {}(nil)}
time.Date(2024, time.May, 6, 7, 8, 9, 0, time.UTC)
[]main.Event{main.Event{Name:"draft", At:<nil>, Every:(*time.Duration)(nil), Meta:interface {}(nil)}, main.Event{Name:"sent", At:time.Date(2024, time.May, 6, 7, 8, 9, 0, time.UTC), Every:(*time.Duration)(nil), Meta:map[string]int{"n":1}}}
`},
}

func TestFidOutside4Programs(t *testing.T) { runFidPrograms(t, outside4Programs) }

// A cell whose top-level statements a goto and its label join runs them
// together at yaegi's global scope, where a return crashed yaegi's
// compiler; the cell now stops with an error naming the return (run.go,
// globalReturn). Without the return, and with a return inside a function
// literal, the same cell runs as Go would.
func TestOutside4GotoCellReturn(t *testing.T) {
	loop := "i := 0\nHERE:\n\tprint(i)\n\ti++\n\tif i == 3 {\n\t\t%s\n\t}\n\tgoto HERE\n"
	for _, c := range []struct{ end, want, refusal string }{
		{"return", "", "gopad cannot run a return among a cell's top-level statements"},
		{"goto DONE", "012done\n", ""},
		{"func() { return }(); goto DONE", "012done\n", ""},
	} {
		s := newSession(t)
		code := fmt.Sprintf(loop, c.end)
		if c.refusal == "" {
			code += "DONE:\n\tprintln(\"done\")\n"
		}
		res, rec := run(t, s, code)
		switch {
		case c.refusal == "" && res.Err != nil:
			t.Errorf("%q: stopped: %s", c.end, res.Err.Value)
		case c.refusal == "" && rec.out() != c.want:
			t.Errorf("%q: printed %q, want %q", c.end, rec.out(), c.want)
		case c.refusal != "" && (res.Err == nil || !strings.Contains(res.Err.Value, c.refusal)):
			t.Errorf("%q: got %v, want an error containing %q", c.end, res.Err, c.refusal)
		}
	}
}
