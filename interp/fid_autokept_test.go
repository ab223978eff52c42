package interp

import (
	"context"
	"testing"
)

// Programs whose cell types are defined over basic types without methods
// (type Celsius float64) and reach interfaces, run whole and split into
// notebook cells; want is what go run printed. A value of such a type
// inside an interface keeps its type: %T, type switches with a case of
// the type and one of its basic type, assertions, comparisons, json.

type autokeptProgram = fidProgram

var autokeptPrograms = []autokeptProgram{
	{name: "type switch over types and their basic types", src: `package main

import "fmt"

type Celsius float64
type ID int
type Name string

func describe(v any) string {
	switch x := v.(type) {
	case Celsius:
		return fmt.Sprintf("Celsius %.1f", float64(x))
	case float64:
		return fmt.Sprintf("float64 %.1f", x)
	case ID:
		return fmt.Sprintf("ID %d", int(x))
	case int:
		return fmt.Sprintf("int %d", x)
	case Name:
		return "Name " + string(x)
	case string:
		return "string " + x
	}
	return "other"
}

func main() {
	values := []any{Celsius(21.5), 3.5, ID(7), 42, Name("ann"), "bob"}
	for _, v := range values {
		fmt.Println(describe(v))
	}

	var t Celsius = 10
	fmt.Println(describe(t), describe(float64(t)))

	id := ID(3)
	fmt.Println(describe(id), describe(int(id)+1))
}
`,
		want: `Celsius 21.5
float64 3.5
ID 7
int 42
Name ann
string bob
Celsius 10.0 float64 10.0
ID 3 int 4
`},
	{name: "%T and %v inside interfaces", src: `package main

import "fmt"

type Celsius float64
type Level int
type Name string

func main() {
	c := Celsius(36.6)
	var v any = c
	fmt.Printf("%T %v\n", v, v)
	fmt.Printf("%T %v\n", any(c), any(c))
	fmt.Printf("%T\n", any(Celsius(1)))
	items := []any{c, 2.0, Level(3), 3, Name("n"), "s"}
	for _, it := range items {
		fmt.Printf("%T = %v\n", it, it)
	}
	fmt.Println(c, v, items[0])
	fmt.Printf("%v %.2f %g %d %q\n", c, c, v, items[2], items[4])
}
`,
		want: `main.Celsius 36.6
main.Celsius 36.6
main.Celsius
main.Celsius = 36.6
float64 = 2
main.Level = 3
int = 3
main.Name = n
string = s
36.6 36.6 36.6
36.6 36.60 36.6 3 "n"
`},
	{name: "inline conversions asserted", src: `package main

import "fmt"

type Celsius float64

const Boiling Celsius = 100

func main() {
	_, ok := any(Celsius(2)).(Celsius)
	fmt.Println("inline conversion", ok)
	_, ok = any(Celsius(2)).(float64)
	fmt.Println("inline as float64", ok)
	c := Celsius(3)
	_, ok = any(c).(Celsius)
	fmt.Println("variable", ok)
	_, ok = any(Boiling).(Celsius)
	fmt.Println("constant", ok)
	_, ok = interface{}(c).(float64)
	fmt.Println("interface{} as float64", ok)
	switch any(c).(type) {
	case float64:
		fmt.Println("switch: float64")
	case Celsius:
		fmt.Println("switch: Celsius")
	}
	var x any = 2.5
	_, ok = x.(Celsius)
	fmt.Println("float64 as Celsius", ok)
}
`,
		want: `inline conversion true
inline as float64 false
variable true
constant true
interface{} as float64 false
switch: Celsius
float64 as Celsius false
`},
	{name: "every spelling that boxes a value", src: `package main

import "fmt"

type Celsius float64

const Freezing Celsius = 0

type Reading struct {
	Where string
	Val   any
}

func kind(v any) string {
	switch v.(type) {
	case Celsius:
		return "Celsius"
	case float64:
		return "float64"
	}
	return "other"
}

func asAny(c Celsius) any     { return c }
func lit() any                { return Celsius(5) }
func pair() (any, error)      { return Celsius(6), nil }
func box[T any](v T) any      { return v }
func named() (r any)          { r = Celsius(7); return }
func all(vs ...any) []string {
	var out []string
	for _, v := range vs {
		out = append(out, kind(v))
	}
	return out
}

func main() {
	c := Celsius(1)
	var untyped Celsius = 2
	var boxed any = untyped
	fmt.Println("var", kind(c), kind(boxed))
	fmt.Println("const", kind(Freezing), kind(any(Freezing)))
	fmt.Println("results", kind(asAny(c)), kind(lit()))
	v, _ := pair()
	fmt.Println("pair", kind(v), kind(named()), kind(box(c)), kind(box(2.0)))
	fmt.Println("variadic", all(c, 1.5, Celsius(3), Freezing))
	xs := []any{c, Celsius(4), 4.0}
	fmt.Println("slice", kind(xs[0]), kind(xs[1]), kind(xs[2]))
	r := Reading{"lab", c}
	r2 := Reading{Where: "out", Val: Celsius(9)}
	fmt.Println("fields", kind(r.Val), kind(r2.Val))
	ch := make(chan any, 2)
	ch <- c
	ch <- Celsius(8)
	fmt.Println("chan", kind(<-ch), kind(<-ch))
	f := func() any { return c }
	fmt.Println("closure", kind(f()))
	done := make(chan any)
	go func() { done <- c }()
	fmt.Println("goroutine", kind(<-done))
}
`,
		want: `var Celsius Celsius
const Celsius Celsius
results Celsius Celsius
pair Celsius Celsius Celsius float64
variadic [Celsius float64 Celsius Celsius]
slice Celsius Celsius float64
fields Celsius Celsius
chan Celsius Celsius
closure Celsius
goroutine Celsius
`},
	{name: "container/heap of a cell type", src: `package main

import (
	"container/heap"
	"fmt"
)

type Dist int

type PQ []Dist

func (p PQ) Len() int           { return len(p) }
func (p PQ) Less(i, j int) bool { return p[i] < p[j] }
func (p PQ) Swap(i, j int)      { p[i], p[j] = p[j], p[i] }
func (p *PQ) Push(x any)        { *p = append(*p, x.(Dist)) }
func (p *PQ) Pop() any {
	old := *p
	n := len(old)
	x := old[n-1]
	*p = old[:n-1]
	return x
}

func main() {
	pq := &PQ{}
	heap.Push(pq, Dist(5))
	heap.Push(pq, Dist(2))
	fmt.Println(*pq, pq.Len())
	heap.Push(pq, Dist(9))
	fmt.Println(*pq)
	v := heap.Pop(pq)
	fmt.Printf("%v %T\n", v, v)
	fmt.Println(*pq)
	for pq.Len() > 0 {
		fmt.Print(heap.Pop(pq).(Dist), " ")
	}
	fmt.Println()
}
`,
		want: `[2 5] 2
[2 5 9]
2 main.Dist
[5 9]
5 9 
`},
	{name: "comparisons of interfaces", src: `package main

import (
	"fmt"
	"reflect"
)

type Celsius float64
type Level int

const High Level = 3

func main() {
	var a any = Celsius(1)
	var b any = Celsius(1)
	var f any = 1.0
	fmt.Println(a == b, a == f, a == any(Celsius(1)), a == Celsius(1))
	var l any = High
	fmt.Println(l == any(High), l == High, l == any(3))
	fmt.Println(reflect.TypeOf(a), reflect.TypeOf(l).Name(), reflect.TypeOf(f))
	fmt.Println(reflect.ValueOf(a).Kind(), reflect.TypeOf(a).Kind())
	vals := []any{Celsius(2), Level(2), 2.0, 2}
	for i, x := range vals {
		for j, y := range vals {
			if i < j && x == y {
				fmt.Println("equal", i, j)
			}
		}
	}
	fmt.Println("done")
}
`,
		want: `true false true true
true true false
main.Celsius Level float64
float64 float64
done
`},
	{name: "types with and without methods", src: `package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Meters float64

func main() {
	var s fmt.Stringer = Celsius(3)
	fmt.Println(s, Celsius(4))
	vals := []any{Celsius(1), Meters(2), 3.0}
	for _, v := range vals {
		switch x := v.(type) {
		case fmt.Stringer:
			fmt.Println("stringer", x)
		case Meters:
			fmt.Println("meters", float64(x))
		case float64:
			fmt.Println("float", x)
		}
		fmt.Printf("%T %v\n", v, v)
	}
	m, ok := vals[1].(Meters)
	fmt.Println(m, ok)
	_, ok = vals[2].(Meters)
	fmt.Println(ok)
}
`,
		want: `3.0°C 4.0°C
stringer 1.0°C
main.Celsius 1.0°C
meters 2
main.Meters 2
float 3
float64 3
2 true
false
`},
	{name: "Tour of Go type switch", src: `package main

import (
	"fmt"
	"math"
)

type MyFloat float64

func (f MyFloat) Abs() float64 {
	if f < 0 {
		return float64(-f)
	}
	return float64(f)
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

type Path string

func do(i interface{}) {
	switch v := i.(type) {
	case int:
		fmt.Printf("Twice %v is %v\n", v, v*2)
	case string:
		fmt.Printf("%q is %v bytes long\n", v, len(v))
	case Weekday:
		fmt.Printf("weekday %d\n", v)
	case Path:
		fmt.Printf("path %s\n", v)
	default:
		fmt.Printf("I don't know about type %T!\n", v)
	}
}

func main() {
	f := MyFloat(-math.Sqrt2)
	fmt.Println(f.Abs())
	do(21)
	do("hello")
	do(true)
	do(Monday)
	do(Path("/tmp"))
	do(string(Path("/x")))
	do(int(Tuesday))
	var i interface{} = Tuesday
	fmt.Printf("(%v, %T)\n", i, i)
	d, ok := i.(Weekday)
	fmt.Println(d, ok)
	n, ok := i.(int)
	fmt.Println(n, ok)
	fmt.Printf("%v %T %d\n", Sunday, Sunday, Sunday)
}
`,
		want: `1.4142135623730951
Twice 21 is 42
"hello" is 5 bytes long
I don't know about type bool!
weekday 1
path /tmp
"/x" is 2 bytes long
Twice 2 is 4
(2, main.Weekday)
2 true
0 false
0 main.Weekday 0
`},
	{name: "comparisons in loops", src: `package main

import "fmt"

type Celsius float64

func main() {
	vals := []any{Celsius(2), 2.0}
	x, y := vals[0], vals[1]
	fmt.Println(x == y)
	for _, x := range vals {
		fmt.Println(x == y)
	}
	for i, x := range vals {
		for j, y := range vals {
			fmt.Println(i, j, x == y)
		}
	}
}
`,
		want: `false
false
true
0 0 true
0 1 false
1 0 false
1 1 true
`},
	{name: "switches, panics and fmt", src: `package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Celsius float64
type Counter int

func (c *Counter) Inc() { *c++ }

type Reading struct {
	Name string
	Val  any
}

type Op string

const (
	Add Op = "+"
	Sub Op = "-"
)

func eval(op any, a, b int) (int, error) {
	switch op {
	case Add:
		return a + b, nil
	case Sub:
		return a - b, nil
	}
	return 0, errors.New("bad op")
}

func main() {
	vals := []any{Celsius(3), 2.5, Counter(4), 7, "s", Add}
	for _, v := range vals {
		switch x := v.(type) {
		case Celsius, float64:
			fmt.Printf("floatish %T %v\n", x, x)
		case Counter:
			x.Inc()
			fmt.Println("counter", x)
		default:
			fmt.Printf("other %T %v\n", x, x)
		}
	}
	r := Reading{"t", Celsius(1.5)}
	fmt.Printf("%v %+v\n", r, r)
	fmt.Println(map[string]any{"c": Celsius(2), "n": 3})
	sort.Slice(vals[:2], func(i, j int) bool { return fmt.Sprint(vals[i]) < fmt.Sprint(vals[j]) })
	fmt.Printf("%T %T\n", vals[0], vals[1])
	fmt.Println(eval(Add, 2, 3))
	fmt.Println(eval("+", 2, 3))
	fmt.Println(eval(Op("-"), 2, 3))
	func() {
		defer func() {
			r := recover()
			c, ok := r.(Celsius)
			fmt.Printf("recovered %v %v %T\n", c, ok, r)
		}()
		panic(Celsius(9))
	}()
	var sb strings.Builder
	fmt.Fprintf(&sb, "%v|%T", Celsius(4), any(Celsius(4)))
	fmt.Println(sb.String())
}
`,
		want: `floatish main.Celsius 3
floatish float64 2.5
counter 5
other int 7
other string s
other main.Op +
{t 1.5} {Name:t Val:1.5}
map[c:2 n:3]
float64 main.Celsius
5 <nil>
0 bad op
-1 <nil>
recovered 9 true main.Celsius
4|main.Celsius
`},
	{name: "printing and json", src: `package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

type Celsius float64
type Level int
type Words []string
type Counts map[string]int

func main() {
	c := Celsius(21.5)
	lv := Level(3)
	w := Words{"b", "a"}
	cs := Counts{"x": 1}
	fmt.Println(c, lv, w, cs)
	fmt.Printf("%v %d %s %v %.1f %x\n", c, lv, w, cs, c, lv)
	b, _ := json.Marshal(map[string]any{"c": c, "lv": lv, "w": w, "cs": cs})
	fmt.Println(string(b))
	b, _ = json.Marshal([]any{c, lv, w})
	fmt.Println(string(b))
	sort.Strings(w)
	fmt.Println(strings.Join(w, ","), len(w), c*2, lv+1)
	var items []any
	items = append(items, c, lv, w, cs)
	fmt.Println(items...)
	fmt.Printf("%#v %#v\n", c, w)
	fmt.Println(fmt.Sprint(c, lv), fmt.Sprintf("%+v", items))
}
`,
		want: `21.5 3 [b a] map[x:1]
21.5 3 [b a] map[x:1] 21.5 3
{"c":21.5,"cs":{"x":1},"lv":3,"w":["b","a"]}
[21.5,3,["b","a"]]
a,b 2 43 4
21.5 3 [a b] map[x:1]
21.5 main.Words{"a", "b"}
21.5 3 [21.5 3 [a b] map[x:1]]
`},
	{name: "generic containers, goroutines and func values", src: `package main

import (
	"fmt"
	"sync"
)

type Celsius float64
type ID int

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() T {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func first[T any](xs ...T) any { return xs[0] }

func kind(v any) string {
	switch v.(type) {
	case Celsius:
		return "Celsius"
	case float64:
		return "float64"
	case ID:
		return "ID"
	case int:
		return "int"
	}
	return "other"
}

func worker(v any, wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	out <- kind(v)
}

func main() {
	s := &Stack[any]{}
	s.Push(Celsius(1))
	s.Push(2.0)
	fmt.Println(kind(s.Pop()), kind(s.Pop()))
	boxed := Map([]Celsius{1, 2}, func(c Celsius) any { return c })
	fmt.Println(kind(boxed[0]), kind(first(ID(3), ID(4))), kind(first(5)))
	var wg sync.WaitGroup
	out := make(chan string, 2)
	wg.Add(2)
	go worker(ID(7), &wg, out)
	go worker(7, &wg, out)
	wg.Wait()
	close(out)
	got := map[string]bool{}
	for k := range out {
		got[k] = true
	}
	fmt.Println(got["ID"], got["int"], len(got))
	var f func() any = func() any { return ID(9) }
	g := f()
	fmt.Printf("%T %v\n", g, g)
}
`,
		want: `float64 Celsius
Celsius ID int
true true 2
main.ID 9
`},
	{name: "an interface field of a compiled struct", src: `package main

import (
	"container/list"
	"fmt"
)

type Celsius float64

func main() {
	l := list.New()
	e := l.PushBack(0)
	e.Value = Celsius(3)
	c, ok := e.Value.(Celsius)
	fmt.Println(c, ok)
	var v any = Celsius(4)
	e.Value = v
	c, ok = e.Value.(Celsius)
	fmt.Println(c, ok)
}
`,
		want: `3 true
4 true
`},
	{name: "json and slog of values in interface fields", src: `package main

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
)

type Celsius float64
type Status string

type Reading struct {
	Where string ` + "`" + `json:"where"` + "`" + `
	Val   any    ` + "`" + `json:"val"` + "`" + `
	St    Status ` + "`" + `json:"st"` + "`" + `
}

func main() {
	r := Reading{"lab", Celsius(21.5), "ok"}
	b, err := json.Marshal(r)
	fmt.Println(string(b), err)
	b, _ = json.MarshalIndent(map[string]any{"r": r, "s": Status("x")}, "", " ")
	fmt.Println(string(b))
	var back map[string]any
	json.Unmarshal(b, &back)
	fmt.Printf("%T\n", back["s"])
	h := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == "time" {
			return slog.Attr{}
		}
		return a
	}}))
	h.Info("read", "val", Celsius(3), "st", Status("s"), "any", any(Celsius(4)))
	fmt.Println(fmt.Sprintf("%v|%+v|%#v", r, r, Status("q")))
}
`,
		want: `{"where":"lab","val":21.5,"st":"ok"} <nil>
{
 "r": {
  "where": "lab",
  "val": 21.5,
  "st": "ok"
 },
 "s": "x"
}
string
level=INFO msg=read val=3 st=s any=4
{lab 21.5 ok}|{Where:lab Val:21.5 St:ok}|"q"
`},
	{name: "a template with a kept value in an interface field", src: `package main

import (
	"os"
	"text/template"
)

type Celsius float64

type Reading struct {
	Where string
	Val   any
	C     Celsius
}

func main() {
	t := template.Must(template.New("t").Parse("{{.Where}} {{.C}}\n"))
	t.Execute(os.Stdout, Reading{"a", nil, 2})
	t = template.Must(template.New("t").Parse("{{.Where}} {{.Val}}\n"))
	t.Execute(os.Stdout, Reading{"lab", Celsius(21.5), 1})
}
`,
		want: `a 2
lab 21.5
`,
		refusal: "gopad cannot hand a template a value of a cell's type"},
	{name: "a list of a cell type and its basic type", src: `package main

import (
	"container/heap"
	"container/list"
	"fmt"
	"sync"
)

type Celsius float64
type Dist int

type PQ []Dist

func (p PQ) Len() int            { return len(p) }
func (p PQ) Less(i, j int) bool  { return p[i] < p[j] }
func (p PQ) Swap(i, j int)       { p[i], p[j] = p[j], p[i] }
func (p *PQ) Push(x any)         { *p = append(*p, x.(Dist)) }
func (p *PQ) Pop() any           { old := *p; n := len(old); x := old[n-1]; *p = old[:n-1]; return x }

func main() {
	l := list.New()
	l.PushBack(Celsius(20))
	l.PushBack(3.5)
	for e := l.Front(); e != nil; e = e.Next() {
		if c, ok := e.Value.(Celsius); ok {
			fmt.Println("celsius", float64(c))
		} else {
			fmt.Println("not celsius", e.Value)
		}
	}
	var m sync.Map
	m.Store("t", Celsius(5))
	v, _ := m.Load("t")
	_, ok := v.(Celsius)
	fmt.Println("sync.Map", ok)
	pq := &PQ{}
	heap.Push(pq, Dist(5))
	heap.Push(pq, Dist(2))
	heap.Push(pq, Dist(9))
	for pq.Len() > 0 {
		fmt.Print(heap.Pop(pq).(Dist), " ")
	}
	fmt.Println()
}
`,
		want: `celsius 20
not celsius 3.5
sync.Map true
2 5 9 
`},
	{name: "a type switch over a list's values", src: `package main

import (
	"container/list"
	"fmt"
)

type Celsius float64

func main() {
	l := list.New()
	l.PushBack(Celsius(20))
	l.PushBack(3.5)
	for e := l.Front(); e != nil; e = e.Next() {
		switch e.Value.(type) {
		case Celsius:
			fmt.Println("Celsius")
		case float64:
			fmt.Println("float64")
		}
	}
}
`,
		want: `Celsius
float64
`},
	{name: "map keys of an interface type", src: `package main

import "fmt"

type UserID int
type Token string

func main() {
	seen := map[any]bool{}
	seen[UserID(1)] = true
	seen[1] = true
	seen[Token("a")] = true
	seen["a"] = true
	fmt.Println(len(seen), seen[UserID(1)], seen[1], seen[UserID(2)])
	keys := []any{UserID(1), 1, Token("a"), "a", Token("b")}
	for _, k := range keys {
		fmt.Printf("%v(%T)=%v ", k, k, seen[k])
	}
	fmt.Println()
	id := UserID(1)
	fmt.Println(any(id) == any(1), any(id) == any(UserID(1)))
}
`,
		want: `4 true true false
1(main.UserID)=true 1(int)=true a(main.Token)=true a(string)=true b(main.Token)=false 
false true
`},
	{name: "%T of a type over a slice", src: `package main

import "fmt"

type Tags []string

func main() {
	items := []any{Tags{"a"}, []string{"b"}}
	for _, it := range items {
		fmt.Printf("%T = %v\n", it, it)
	}
}
`,
		want: `main.Tags = [a]
[]string = [b]
`},
}

func TestFidAutokeptPrograms(t *testing.T) { runFidPrograms(t, autokeptPrograms) }

// BenchmarkAutokeptCells measures cells of a session that declared a type
// over a basic type (which gets a hidden method): a trivial cell, and
// prints of a value of the type and of an interface holding one.
func BenchmarkAutokeptCells(b *testing.B) {
	s := newSession(b)
	if res := s.Execute(context.Background(), engineRequest("import \"fmt\"\ntype Celsius float64\nc := Celsius(2)\nvar x any = c"), recOutput{&recorder{}}); res.Err != nil {
		b.Fatal(res.Err.Value)
	}
	for _, code := range []string{"1+1", "fmt.Println(c)", "fmt.Println(x)", "fmt.Printf(\"%T %v\\n\", x, x)"} {
		b.Run(code, func(b *testing.B) {
			for b.Loop() {
				if res := s.Execute(context.Background(), engineRequest(code), recOutput{&recorder{}}); res.Err != nil {
					b.Fatal(res.Err.Value)
				}
			}
		})
	}
}
