package interp

import "testing"

// lead5Programs are the lead's class programs of stop 25, each run whole
// and split (runFidPrograms).
var lead5Programs = []fidProgram{
	// A template that prints a method's result of a cell's type over a
	// basic type with String, Error or Format: as an action's value, as
	// printf's and println's arguments, piped into printf, through an
	// embedded field's promoted method, a pointer method on a slice's
	// element, a (value, error) method, and in html/template.
	{name: "template_shown_results", src: `package main

import (
	"fmt"
	htmpl "html/template"
	"os"
	"text/template"
)

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Level int

func (l Level) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "L<%d>", int(l)) }

type Code string

func (c Code) Error() string { return "code " + string(c) + " & more" }

type Base struct{ Cents int64 }

func (b Base) Price() Money { return Money(b.Cents) }

type Item struct {
	Base
	Name string
}

func (i Item) Lvl() Level           { return Level(len(i.Name)) }
func (i Item) Err() Code            { return Code(i.Name) }
func (i *Item) Twice() Money        { return Money(2 * i.Cents) }
func (i Item) Pair() (Money, error) { return Money(i.Cents + 1), nil }

func main() {
	t := template.Must(template.New("t").Parse("{{.Price}}|{{printf \"%d %8v %q %x\" .Price .Price .Price .Price}}|{{.Price | printf \"<%s>\"}}|{{println .Lvl .Err}}|{{.Pair}}|{{println .Name .Price}}"))
	it := Item{Base{1234}, "abc"}
	if err := t.Execute(os.Stdout, it); err != nil {
		fmt.Println(err)
	}
	t2 := template.Must(template.New("t2").Parse("{{range .}}{{.Twice}} {{.Price}};{{end}}\n"))
	t2.Execute(os.Stdout, []Item{it, {Base{5}, "z"}})
	h := htmpl.Must(htmpl.New("h").Parse("<b>{{.Err}}</b> {{.Price}}\n"))
	h.Execute(os.Stdout, it)
}
`, want: "$12.34|1234   $12.34 \"$12.34\" 2431322e3334|<$12.34>|L<3> code abc & more\n|$12.35|abc $12.34\n$24.68 $12.34;$0.10 $0.05;\n<b>code abc &amp; more</b> $12.34\n"},
	// Where the template uses such a result otherwise ({{if .Price}}),
	// gopad refuses the call; a program that ignores Execute's error
	// would go on with the template's output cut short, so the cell
	// stops.
	{name: "template_refusal_ignored", src: `package main

import (
	"fmt"
	"os"
	"text/template"
)

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Item struct{ Cents int64 }

func (i Item) Price() Money { return Money(i.Cents) }

func main() {
	t := template.Must(template.New("t").Parse("{{if .Price}}yes{{end}}\n"))
	t.Execute(os.Stdout, Item{250})
	fmt.Println("done")
}
`, want: "yes\ndone\n",
		refusal: "template: t:1:5: executing \"t\" at <.Price>: gopad cannot call main.Item.Price through reflect"},
	// A handler that recovers every panic does not swallow gopad's
	// refusal: the program would go on past an answer gopad cannot give.
	{name: "recover_refusal", src: `package main

import (
	"fmt"
	"reflect"
)

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Item struct{ Cents int64 }

func (i Item) Price() Money { return Money(i.Cents) }

func safe(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	f()
}

func main() {
	safe(func() { panic("boom") })
	safe(func() {
		m := reflect.ValueOf(Item{5}).MethodByName("Price")
		fmt.Println(m.Call(nil)[0])
	})
	fmt.Println("end")
}
`, want: "recovered: boom\n$0.05\nend\n",
		refusal: "gopad cannot call main.Item.Price through reflect"},
	// A struct printed through its fields' String methods, with a field
	// of a cell's slice type whose only method is on the pointer: it
	// reached fmt as yaegi's pair of node and value.
	{name: "struct_kept_field", src: `package main

import "fmt"

type listFlag []string

func (l *listFlag) String() string { return fmt.Sprint(len(*l)) }

type valFlag []string

func (l valFlag) String() string { return fmt.Sprint("v", len(l)) }

type Circle struct{ R int }

func (c Circle) String() string { return fmt.Sprint("circle", c.R) }

type Shape interface{ Area() int }

type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

type Exp struct {
	N    int
	Tags listFlag
	V    valFlag
	S    fmt.Stringer
	A    any
	B    any
	Sh   Shape
	L    []listFlag
	M    map[string]valFlag
}

func main() {
	e := Exp{1, listFlag{"x"}, valFlag{"y", "z"}, Circle{2}, valFlag{"q"}, listFlag{"r"}, Sq{3}, []listFlag{{"a"}}, map[string]valFlag{"k": {"1"}}}
	fmt.Println(e)
	fmt.Printf("%+v\n", e)
	fmt.Println(&e)
}
`, want: "{1 [x] v2 circle2 v1 [r] {3} [[a]] map[k:v1]}\n{N:1 Tags:[x] V:v2 S:circle2 A:v1 B:[r] Sh:{S:3} L:[[a]] M:map[k:v1]}\n&{1 [x] v2 circle2 v1 [r] {3} [[a]] map[k:v1]}\n"},
	// Unexported fields of cell slice and map types and of time.Duration,
	// printed with %v and %+v, through slices, maps, nested structs, a
	// pointer and an any: fmt calls no method of an unexported field,
	// and yaegi exports them under another name.
	{name: "struct_hidden_fields", src: `package main

import (
	"fmt"
	"time"
)

type listFlag []string

func (l *listFlag) String() string { return fmt.Sprint(len(*l)) }

type counts map[string]int

func (c counts) Total() int {
	t := 0
	for _, v := range c {
		t += v
	}
	return t
}

type options struct {
	wait time.Duration
	tags listFlag
	c    counts
}

type Outer struct {
	Name string
	Opt  options
	D    time.Duration
}

func main() {
	o := options{time.Second, listFlag{"a"}, counts{"x": 1}}
	fmt.Printf("%v|%+v\n", o, o)
	fmt.Println([]options{o}, map[string]options{"k": o})
	out := Outer{"n", o, time.Minute}
	fmt.Printf("%v|%+v\n", out, &out)
	fmt.Println([]any{o.tags, o.c}, o.c.Total())
	fmt.Printf("%v %s\n", o.tags, []listFlag{o.tags})
	var a any = o
	fmt.Println(a)
	fmt.Printf("%+v\n", a)
}
`, want: "{1000000000 [a] map[x:1]}|{wait:1000000000 tags:[a] c:map[x:1]}\n[{1000000000 [a] map[x:1]}] map[k:{1000000000 [a] map[x:1]}]\n{n {1000000000 [a] map[x:1]} 1m0s}|&{Name:n Opt:{wait:1000000000 tags:[a] c:map[x:1]} D:1m0s}\n[[a] map[x:1]] 1\n[a] [[a]]\n{1000000000 [a] map[x:1]}\n{wait:1000000000 tags:[a] c:map[x:1]}\n"},
	// The same with %+v of a slice and a map of such structs, a nested
	// struct and array, Sprintf, log and Errorf, and an []any spread.
	{name: "struct_hidden_fields_containers", src: `package main

import (
	"fmt"
	"log"
	"os"
	"time"
)

type job struct {
	name    string
	timeout time.Duration

	Retry time.Duration
}

type wrapper struct {
	J   job
	Jp  *job
	Arr [2]job
}

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	j := job{"a", 2 * time.Second, time.Minute}
	js := []job{j, {name: "b"}}
	fmt.Printf("%+v\n", js)
	fmt.Printf("%v\n", map[string]job{"k": j})
	fmt.Printf("%+v\n", map[string]job{"k": j})
	w := wrapper{J: j}
	fmt.Printf("%+v\n", w)
	fmt.Printf("%v\n", w.Arr)
	s := fmt.Sprintf("%v|%+v", j, &j)
	fmt.Println(s)
	log.Printf("job %v", j)
	log.Println(j, &j)
	err := fmt.Errorf("failed %+v", j)
	fmt.Println(err)
	var xs []any = []any{j, js[1]}
	fmt.Println(xs...)
	fmt.Printf("%+v\n", xs)
}
`, want: "[{name:a timeout:2000000000 Retry:1m0s} {name:b timeout:0 Retry:0s}]\nmap[k:{a 2000000000 1m0s}]\nmap[k:{name:a timeout:2000000000 Retry:1m0s}]\n{J:{name:a timeout:2000000000 Retry:1m0s} Jp:<nil> Arr:[{name: timeout:0 Retry:0s} {name: timeout:0 Retry:0s}]}\n[{ 0 0s} { 0 0s}]\n{a 2000000000 1m0s}|&{name:a timeout:2000000000 Retry:1m0s}\njob {a 2000000000 1m0s}\n{a 2000000000 1m0s} &{a 2000000000 1m0s}\nfailed {name:a timeout:2000000000 Retry:1m0s}\n{a 2000000000 1m0s} {b 0 0s}\n[{name:a timeout:2000000000 Retry:1m0s} {name:b timeout:0 Retry:0s}]\n"},
	// A value of a cell's interface holding a struct whose field has
	// String (Circle{Center Point}), where another implementer has String
	// of its own, or printed inside a function (main, whole).
	{name: "iface_struct_fields_shown", src: `package main

import "fmt"

type Point struct{ X, Y float64 }

func (p Point) String() string { return fmt.Sprintf("(%.1f,%.1f)", p.X, p.Y) }

type Shape interface{ Area() float64 }

type Circle struct {
	Center Point
	R      float64
}

func (c Circle) Area() float64 { return c.R }

type Tri struct{ A float64 }

func (t Tri) Area() float64   { return t.A }
func (t Tri) String() string { return "tri" }

type Sq struct{ S float64 }

func (s *Sq) Area() float64 { return s.S }

func main() {
	shapes := []Shape{Circle{Point{0, 0}, 1}, Tri{2}, &Sq{3}}
	fmt.Println(shapes[0], shapes[1])
	fmt.Printf("%v %v\n", shapes[0], shapes[1])
	fmt.Println(shapes[:2])
	for _, s := range shapes {
		fmt.Print(s, ";")
	}
	fmt.Println()
}
`, want: "{(0.0,0.0) 1} tri\n{(0.0,0.0) 1} tri\n[{(0.0,0.0) 1} tri]\n{(0.0,0.0) 1};tri;&{3};\n"},
	// The same through a pointer implementer (&{(0,0) (5,5)}), a map's
	// values printed in a method, a call's result, a struct field of the
	// interface type, %+v and %s, and a function literal.
	{name: "iface_struct_fields_shown_more", src: `package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Shape interface{ Area() int }

type Circle struct {
	Center Point
	R      int
}

func (c Circle) Area() int { return 3 * c.R * c.R }

type Box struct {
	Min, Max Point
}

func (b *Box) Area() int { return (b.Max.X - b.Min.X) * (b.Max.Y - b.Min.Y) }

type Named struct {
	Name  string
	Shape Shape
}

type Canvas struct {
	shapes map[string]Shape
}

func (c *Canvas) Dump() string {
	var sb strings.Builder
	for _, k := range []string{"a", "b"} {
		fmt.Fprintf(&sb, "%s=%v;", k, c.shapes[k])
	}
	return sb.String()
}

func makeShape(big bool) Shape {
	if big {
		return &Box{Point{0, 0}, Point{5, 5}}
	}
	return Circle{Point{1, 2}, 3}
}

func main() {
	c := &Canvas{shapes: map[string]Shape{"a": Circle{Point{1, 1}, 1}, "b": &Box{Point{0, 0}, Point{2, 3}}}}
	fmt.Println(c.Dump())
	fmt.Println(makeShape(false))
	fmt.Println(makeShape(true))
	fmt.Printf("%+v|%v|%s\n", makeShape(false), makeShape(false), makeShape(false))
	n := Named{"n", Circle{Point{4, 4}, 2}}
	fmt.Println(n)
	fmt.Printf("%+v\n", n)
	ns := []Named{n, {"m", Circle{}}}
	fmt.Println(ns)
	var any1 any = Circle{Point{7, 7}, 7}
	fmt.Println(any1)
	str := fmt.Sprint(c.shapes["a"])
	fmt.Println(str, len(str))
	func() {
		var s Shape = Circle{Point{9, 9}, 9}
		fmt.Println("inner", s)
	}()
}
`, want: "a={(1,1) 1};b=&{(0,0) (2,3)};\n{(1,2) 3}\n&{(0,0) (5,5)}\n{Center:(1,2) R:3}|{(1,2) 3}|{(1,2) %!s(int=3)}\n{n {(4,4) 2}}\n{Name:n Shape:{Center:(4,4) R:2}}\n[{n {(4,4) 2}} {m {(0,0) 0}}]\n{(7,7) 7}\n{(1,1) 1} 9\ninner {(9,9) 9}\n"},
}

func TestFidLead5Programs(t *testing.T) { runFidPrograms(t, lead5Programs) }
