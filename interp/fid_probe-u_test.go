package interp

import "testing"

// A dereference of a nil pointer panics with Go's run-time error: yaegi's
// *p of a nil p was reflect's zero Value, so "_ = *p" went on without a
// panic, a string read through the pointer was "<invalid Value>", and
// other uses panicked with reflect's words ("call of reflect.Value.Set on
// zero Value"). A range over the indexes of *p reads nothing, as in Go.
func TestFidProbeUNilDerefs(t *testing.T) {
	runFidPrograms(t, []fidProgram{
		{name: "recovered_texts", src: `package main

import (
	"fmt"
	"runtime"
)

type Node struct {
	Val  int
	Next *Node
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Println(name, isRuntime, r)
	}()
	f()
}

func value(p *Node) Node { return *p }

func main() {
	var n *Node
	var count *int
	var ok *bool
	var ratio *float64
	try("blank", func() { _ = *count })
	try("blank field", func() { _, _ = *n, 1 })
	try("define", func() { v := *n; fmt.Println(v) })
	try("return", func() { fmt.Println(value(n)) })
	try("add", func() { fmt.Println(*count + 1) })
	try("inc", func() { *count++ })
	try("cond", func() {
		if *ok {
			fmt.Println("yes")
		}
	})
	try("float", func() { x := *ratio * 2; fmt.Println(x) })
	try("fine", func() { c := 3; count = &c; _ = *count; fmt.Println(*count + 1) })
}
`, want: `blank true runtime error: invalid memory address or nil pointer dereference
blank field true runtime error: invalid memory address or nil pointer dereference
define true runtime error: invalid memory address or nil pointer dereference
return true runtime error: invalid memory address or nil pointer dereference
add true runtime error: invalid memory address or nil pointer dereference
inc true runtime error: invalid memory address or nil pointer dereference
cond true runtime error: invalid memory address or nil pointer dereference
float true runtime error: invalid memory address or nil pointer dereference
4
fine false <nil>
`},
		{name: "strings_through_pointers", src: `package main

import "fmt"

type Config struct {
	Name  *string
	Level *string
}

type Mode string

func describe(c Config) (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = fmt.Sprint("panic: ", r)
		}
	}()
	switch *c.Level {
	case "debug":
		out = "verbose "
	}
	return out + "name=" + *c.Name
}

func main() {
	name, level := "svc", "debug"
	fmt.Println(describe(Config{Name: &name, Level: &level}))
	fmt.Println(describe(Config{Level: &level}))
	fmt.Println(describe(Config{Name: &name}))
	var m *Mode
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(*m == "fast")
	}()
	mode := Mode("slow")
	m = &mode
	fmt.Println(*m == "slow", *m+"er")
}
`, want: `verbose name=svc
panic: runtime error: invalid memory address or nil pointer dereference
panic: runtime error: invalid memory address or nil pointer dereference
recovered: runtime error: invalid memory address or nil pointer dereference
true slower
`},
		{name: "uncaught_blank", src: `package main

import "fmt"

func main() {
	var p *[3]int
	for i := range *p {
		fmt.Print(i, " ")
	}
	fmt.Println(len(*p))
	_ = *p
	fmt.Println("not reached")
}
`, want: "0 1 2 3\n", refusal: "runtime error: invalid memory address or nil pointer dereference"},
	})
}

// A struct literal type (not a named type of the cells) whose fields are
// interfaces prints the cells' values they hold through their String and
// Error methods, as Go does: table tests' struct{ in, want any } and
// results' struct{ Val any; Err error } printed yaegi's pairs of value and
// type ({0xc000… {…}}).
func TestFidProbeUAnonymousStructFields(t *testing.T) {
	runFidPrograms(t, []fidProgram{
		{name: "table_and_results", src: `package main

import "fmt"

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

type CodeErr struct{ Code int }

func (e *CodeErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type Report struct {
	Title string
	Meta  struct{ Src any }
}

func main() {
	tests := []struct {
		In   any
		Want any
	}{{Level(0), "low"}, {2, Level(2)}}
	for _, tc := range tests {
		fmt.Println(tc)
	}
	fmt.Printf("%v\n", tests)
	res := struct {
		Val any
		Err error
	}{Level(1), &CodeErr{7}}
	fmt.Printf("%v|%+v\n", res, res)
	byName := map[string]struct{ V any }{"a": {Level(2)}}
	fmt.Println(byName, &struct{ V any }{Level(0)})
	var r Report
	r.Title = "t"
	r.Meta.Src = Level(1)
	fmt.Println(r)
	fmt.Println(struct{ A, B any }{nil, 3})
}
`, want: `{low low}
{2 high}
[{low low} {2 high}]
{mid code 7}|{Val:mid Err:code 7}
map[a:{high}] &{low}
{t {mid}}
{<nil> 3}
`},
	})
}

// fmt calls no String method of a value in an unexported field, nor of
// anything inside one: a struct printed through the String methods of its
// other fields printed such a field of a cell's struct type as yaegi's
// pair ({0xc000… {…}}), and %+v of it stopped the cell (reflect.Value.Set
// using value obtained using unexported field).
func TestFidProbeUUnexportedStringerFields(t *testing.T) {
	runFidPrograms(t, []fidProgram{
		{name: "order", src: `package main

import "fmt"

type Money int

func (m Money) String() string { return fmt.Sprintf("$%d", int(m)) }

type Pt struct{ X, Y int }

func (p Pt) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Inner struct {
	P   Pt
	Amt Money
}

type Order struct {
	ID    int
	price Money
	at    Pt
	At    Pt
	in    Inner
}

func main() {
	o := Order{1, 250, Pt{1, 2}, Pt{3, 4}, Inner{Pt{5, 6}, 7}}
	fmt.Println(o)
	fmt.Printf("%v|%+v\n", o, o)
	fmt.Println([]Order{o}, &o)
	x := struct {
		p Pt
		P Pt
	}{Pt{1, 1}, Pt{2, 2}}
	fmt.Printf("%v %+v\n", x, x)
}
`, want: `{1 250 {1 2} (3,4) {{5 6} 7}}
{1 250 {1 2} (3,4) {{5 6} 7}}|{ID:1 price:250 at:{X:1 Y:2} At:(3,4) in:{P:{X:5 Y:6} Amt:7}}
[{1 250 {1 2} (3,4) {{5 6} 7}}] &{1 250 {1 2} (3,4) {{5 6} 7}}
{{1 1} (2,2)} {p:{X:1 Y:1} P:(2,2)}
`},
	})
}

// A map keyed by a cell's struct type with a String method prints its
// keys through the method, in the order of their fields' values, as fmt
// does (the keys were printed by their fields).
func TestFidProbeUStringerStructKeys(t *testing.T) {
	runFidPrograms(t, []fidProgram{
		{name: "grid", src: `package main

import "fmt"

type Cell struct {
	Row int
	Col string
}

func (c Cell) String() string { return fmt.Sprintf("%s%d", c.Col, c.Row) }

type Board map[Cell]rune

func main() {
	b := Board{{2, "b"}: 'x', {1, "c"}: 'o', {1, "a"}: 'x', {10, "a"}: 'o'}
	fmt.Println(b)
	fmt.Printf("%v %d\n", map[Cell]bool{{3, "z"}: true, {3, "y"}: false}, len(b))
	seen := map[Cell]int{}
	seen[Cell{0, "q"}]++
	fmt.Println(seen)
}
`, want: "map[a1:120 c1:111 b2:120 a10:111]\nmap[y3:false z3:true] 4\nmap[q0:1]\n"},
	})
}

// An uncaught panic with a value of a cell's type over a basic type with
// an Error or String method reports the method's text, as Go's runtime
// prints it (it was reported as yaegi's pair, {0xc000… {…}}); recover()
// still gets the value itself.
func TestFidProbeUStringerPanicValues(t *testing.T) {
	runFidPrograms(t, []fidProgram{
		{name: "errno", src: `package main

import "fmt"

type Errno int

func (e Errno) Error() string { return fmt.Sprintf("errno %d", int(e)) }

func check(n int) {
	if n > 2 {
		panic(Errno(n))
	}
}

func main() {
	func() {
		defer func() {
			r := recover()
			e, ok := r.(Errno)
			fmt.Println(r, ok, int(e))
		}()
		check(5)
	}()
	defer fmt.Println("deferred")
	check(1)
	check(3)
}
`, want: "errno 5 true 5\ndeferred\n", refusal: "errno 3"},
	})
}

// A map printed through the String methods of its keys or values hands
// the other side, of a cell's type over a basic type without methods, to
// fmt as its basic value, sorted by it (it was yaegi's pair, {0xc000… {…}},
// in no order).
func TestFidProbeUMapPrinterBasicSides(t *testing.T) {
	runFidPrograms(t, []fidProgram{
		{name: "ops", src: `package main

import "fmt"

type Op string

type Score int

type Num float64

func (n Num) String() string { return fmt.Sprintf("%.1f", float64(n)) }

type Grade int

func (g Grade) String() string { return string(rune('A' + int(g))) }

func main() {
	byOp := map[Op][]Num{"+": {1, 2}, "*": {3}, "-": nil}
	fmt.Println(byOp)
	scores := map[Grade]Score{2: 70, 0: 95, 1: 80}
	fmt.Println(scores)
	fmt.Printf("%v %d\n", map[Op]struct{ A Num }{"x": {1.5}}, len(scores))
}
`, want: "map[*:[3.0] +:[1.0 2.0] -:[]]\nmap[A:95 B:80 C:70]\nmap[x:{1.5}] 3\n"},
	})
}

// panic(nil) panics with *runtime.PanicNilError since Go 1.21: recover()
// returns it (yaegi's recover() returned nil, as for no panic, so a
// handler took the panic for none), and an uncaught one reports it.
func TestFidProbeUPanicNil(t *testing.T) {
	runFidPrograms(t, []fidProgram{
		{name: "recovered_and_uncaught", src: `package main

import (
	"errors"
	"fmt"
	"runtime"
)

func run(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered %T: %v", r, r)
		}
	}()
	f()
	return nil
}

func main() {
	err := run(func() { panic(nil) })
	fmt.Println(err)
	var pe *runtime.PanicNilError
	fmt.Println(errors.As(errors.Unwrap(fmt.Errorf("w: %w", errors.New("x"))), &pe))
	fmt.Println(run(func() {}))
	panic(nil)
}
`, want: "recovered *runtime.PanicNilError: panic called with nil argument\nfalse\n<nil>\n",
			refusal: "panic called with nil argument"},
	})
}
