package interp

import (
	"strings"
	"testing"
)

// probeyPrograms are probe-y's class programs, each run whole and split
// (runFidPrograms) against what go run printed.
var probeyPrograms = []fidProgram{
	// Instances of a cell's generic type whose type arguments are spelled
	// differently but are one type in Go (rune and int32, byte and uint8,
	// any and interface{}, a cell's alias and its type): one copy, so
	// type switch cases, assertions and == agree; and %T spells the type
	// arguments as reflect does (kinds for byte and rune, "interface {}",
	// package paths, reflect's spaces in func, struct and interface types).
	{name: "generic_arg_spellings", src: `package main

import (
	"fmt"
	"math/big"
)

type Box[T any] struct{ V T }

func (b Box[T]) Get() T { return b.V }

type Pair[K comparable, V any] struct {
	K K
	V V
}

type ID = int

type P struct{ X int }

func kind(x any) string {
	switch x.(type) {
	case Box[int32]:
		return "Box[int32]"
	case Box[uint8]:
		return "Box[uint8]"
	case Box[int]:
		return "Box[int]"
	case Box[interface{}]:
		return "Box[interface{}]"
	}
	return "other"
}

func main() {
	fmt.Printf("%T %T %T %T\n", Box[rune]{}, Box[byte]{}, Box[any]{}, Box[ID]{})
	fmt.Println(kind(Box[rune]{'a'}), kind(Box[byte]{1}), kind(Box[ID]{2}), kind(Box[any]{nil}))
	var r any = Box[rune]{'z'}
	b, ok := r.(Box[int32])
	fmt.Println(b.Get(), ok, r == any(Box[int32]{'z'}))
	fmt.Printf("%T\n", Pair[string, Box[[]byte]]{})
	fmt.Printf("%T\n", Box[*big.Int]{})
	fmt.Printf("%T\n", Box[map[P][]any]{})
	fmt.Printf("%T\n", Box[func(int, ...rune) (bool, error)]{})
	fmt.Printf("%T\n", Box[struct {
		A int ` + "`json:\"a\"`" + `
		P
	}]{})
	fmt.Printf("%T\n", Box[interface{ M(byte) }]{})
	fmt.Printf("%T %T\n", Box[<-chan int]{}, Box[fmt.Stringer]{})
}
`, want: `main.Box[int32] main.Box[uint8] main.Box[interface {}] main.Box[int]
Box[int32] Box[uint8] Box[int] Box[interface{}]
122 true true
main.Pair[string,main.Box[[]uint8]]
main.Box[*math/big.Int]
main.Box[map[main.P][]interface {}]
main.Box[func(int, ...int32) (bool, error)]
main.Box[struct { A int "json:\"a\""; main.P }]
main.Box[interface { M(uint8) }]
main.Box[<-chan int] main.Box[fmt.Stringer]
`},
	// Maps whose keys are of a cell's type with a Format method (a struct
	// or a number), alone or with values that have Format or String, for
	// %v, %d, %x and %5v, nested in a slice, a struct field and a map's
	// value: fmt calls Format on each key (and value) as Go does.
	{name: "format_map_keys", src: `package main

import "fmt"

type F struct{ N, D int }

func (f F) Format(s fmt.State, v rune) { fmt.Fprintf(s, "%d/%d", f.N, f.D) }

type S struct{ A int }

func (s S) String() string { return fmt.Sprint("S", s.A) }

type L int

func (l L) Format(s fmt.State, v rune) { fmt.Fprintf(s, "L%d", int(l)) }

type PF struct{ N int }

func (p *PF) Format(s fmt.State, v rune) { fmt.Fprintf(s, "PF%d", p.N) }

func main() {
	fmt.Println(map[F]string{{1, 2}: "a", {1, 4}: "b"})
	fmt.Println(map[S]int{{1}: 1, {2}: 2})
	fmt.Println(map[L]int{3: 1, 1: 2})
	fmt.Println(map[string]F{"x": {3, 4}})
	fmt.Println(map[F]F{{1, 2}: {5, 6}})
	fmt.Printf("%v %d\n", map[F]bool{{7, 8}: true}, map[L]L{1: 2})
	fmt.Println(map[F][]F{{1, 1}: {{2, 2}}})
	fmt.Println(map[*PF]int{nil: 1})
	fmt.Println(struct{ M map[F]int }{map[F]int{{9, 9}: 9}})
	fmt.Println([]map[F]int{{{0, 1}: 1}})
	fmt.Printf("%5v|%x|%s\n", map[L]string{2: "b"}, map[F]int{{10, 11}: 12}, fmt.Sprint(map[L]S{4: {5}}))
}
`, want: `map[1/2:a 1/4:b]
map[S1:1 S2:2]
map[L1:2 L3:1]
map[x:3/4]
map[1/2:5/6]
map[7/8:true] map[L1:L2]
map[1/1:[2/2]]
map[<nil>:1]
{map[9/9:9]}
[map[0/1:1]]
map[L2:    b]|map[10/11:c]|map[L4:S5]
`},
	// Maps whose keys are an interface the cells declare (map[Shape]int),
	// indexed, assigned, incremented, deleted from and built from
	// literals with keys of concrete types, conversions, variables and
	// call results (a pointer, a struct value, a struct embedding the
	// interface): equal keys are one entry, as in Go; and == of such a
	// struct embedding an interface, bare and inside the interface.
	{name: "cell_interface_map_keys", src: `package main

import (
	"fmt"
	"sort"
)

type Shape interface{ Area() int }

type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

type Circle struct{ R int }

func (c *Circle) Area() int { return 3 * c.R * c.R }

type Scaled struct {
	Shape
	K int
}

func (s Scaled) Area() int { return s.K * s.Shape.Area() }

func id(s Shape) Shape { return s }

func main() {
	c := &Circle{2}
	var a, b Shape = c, c
	seen := map[Shape]int{}
	seen[a]++
	seen[b]++
	seen[c]++
	seen[Shape(c)] += 10
	seen[Sq{3}] = 5
	seen[id(Sq{3})]++
	seen[Scaled{c, 2}]++
	seen[Scaled{Shape: c, K: 2}]++
	fmt.Println(len(seen), seen[c], seen[Sq{3}], seen[Scaled{c, 2}], seen[Scaled{c, 3}], seen[&Circle{2}])
	v, ok := seen[id(c)]
	fmt.Println(v, ok)
	delete(seen, Sq{3})
	_, ok = seen[Sq{3}]
	fmt.Println(len(seen), ok)
	lit := map[Shape]string{Sq{1}: "one", c: "circle"}
	fmt.Println(lit[Sq{1}], lit[a], len(lit))
	var areas []int
	for k, n := range seen {
		areas = append(areas, k.Area()*100+n)
	}
	sort.Ints(areas)
	fmt.Println(areas)
	fmt.Println(Scaled{c, 2} == Scaled{c, 2}, Shape(Scaled{c, 2}) == Scaled{c, 2}, a == Shape(Scaled{c, 1}))
	var x, y Shape = Scaled{Sq{2}, 1}, Scaled{Sq{2}, 1}
	fmt.Println(x == y, x != Scaled{Sq{2}, 2})
}
`, want: `3 13 6 2 0 0
13 true
2 false
one circle 2
[1213 2402]
true true false
true true
`},
	// Results of the standard library's generic functions (whose
	// stand-ins return any) of an interface type the cells declare:
	// slices.MaxFunc and MinFunc over a []Shape holding a struct, a
	// pointer and a type over float64, called on, asserted, assigned and
	// printed (the methods were undefined on the bare any).
	{name: "std_generic_iface_results", src: `package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }
func (r Rect) Name() string  { return "rect" }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }

type Unit float64

func (u Unit) Area() float64 { return float64(u) }
func (u Unit) Name() string  { return "unit" }

func byArea(a, b Shape) int { return cmp.Compare(a.Area(), b.Area()) }

func main() {
	c := &Circle{2}
	shapes := []Shape{Rect{2, 3}, c, Unit(0.5), Rect{1, 1}}
	big := slices.MaxFunc(shapes, byArea)
	small := slices.MinFunc(shapes, byArea)
	fmt.Println(big.Name(), big.Area(), small.Name(), small.Area())
	if p, ok := big.(*Circle); ok {
		p.R = 1
		fmt.Println("same circle:", c.R, p == c)
	}
	var s Shape = slices.MaxFunc(shapes[:1], byArea)
	fmt.Printf("%v %T\n", s, s)
	u := slices.MinFunc([]Shape{Unit(3), Unit(2)}, byArea)
	fmt.Printf("%v %T %v\n", u, u, u.(Unit) == 2)
	fmt.Println(slices.MaxFunc(shapes, byArea).Name())
}
`, want: `circle 12 unit 0.5
same circle: 1 true
{2 3} main.Rect
2 main.Unit true
rect
`},
	// Aliases declared in a function body under a predeclared type's name
	// (type int = float64, type any = []int, type byte = rune, type
	// string = []byte, in a nested block too): uses inside the scope are
	// of the alias, uses outside of Go's type (yaegi resolved them all to
	// Go's type).
	{name: "local_predeclared_aliases", src: `package main

import "fmt"

type Temp float64

func show() string {
	type string = []byte
	var b string = string("hi")
	return fmt.Sprint(len(b), b[0])
}

func demo() {
	type int = float64
	var x int = 1.5
	type any = []int
	var xs any = any{1, 2}
	type byte = rune
	var r byte = 'é'
	type float32 = Temp
	var t float32 = 21.5
	fmt.Println(x*2, xs, len(xs), r, string(r), t)
	fmt.Printf("%T %T %T %T\n", x, xs, r, t)
	fmt.Println(show())
	{
		type bool = int
		var n bool = 3
		fmt.Println(n + 1)
	}
}

func main() {
	demo()
	var n int = 7
	fmt.Println(n, min(3, 1, 2), max(2.5, 1))
}
`, want: `3 [1 2] 2 233 é 21.5
float64 []float64 int32 main.Temp
2 104
4
7 1 2.5
`},
	// Maps whose keys or values are of a cell's type over a basic type,
	// printed with a verb that type's kind does not take (%d of a
	// map[Tag]int, %s of a map[Level]Plain, %t, %x, with a width): fmt
	// names the cell's type in the bad verb (%!d(main.Tag=Z)), as Go does.
	{name: "bad_verb_map_entries", src: `package main

import "fmt"

type Tag string

func (t Tag) String() string { return "#" + string(t) }

type Level int

type Plain string

func main() {
	fmt.Printf("%v %d\n", map[string]Tag{"k": "V"}, map[Tag]int{"Z": 1, "A": 2})
	fmt.Printf("%d|%s|%x\n", map[Plain]Level{"p": 3}, map[Level]Plain{2: "two"}, map[Tag]bool{"q": true})
	fmt.Printf("%t %5d\n", map[Level]bool{1: true}, map[Plain]int{"a": 1})
	fmt.Printf("%v %s\n", map[Plain]Level{"x": 1}, map[Tag]Tag{"a": "b"})
}
`, want: `map[k:#V] map[%!d(main.Tag=A):2 %!d(main.Tag=Z):1]
map[%!d(main.Plain=p):3]|map[%!s(main.Level=2):two]|map[2371:%!x(bool=true)]
map[%!t(main.Level=1):true] map[%!d(main.Plain=    a):    1]
map[x:1] map[#a:#b]
`},
	// A value of a cell's type passed in a loop to a func value whose
	// parameter is an interface of the cells (a handler from a range over
	// a []func(Event), a map's func, a method value, a generic dispatcher):
	// the handler's type switch and assertions find the type, as in Go
	// (the loop's literal of the conversion returned a call's result, which
	// yaegi wrapped again in the parameter).
	{name: "loop_args_to_func_values", src: `package main

import "fmt"

type Event interface{ Topic() string }

type Click struct{ X, Y int }

func (c Click) Topic() string { return "click" }

type Key struct{ Code rune }

func (k *Key) Topic() string { return "key" }

type Router struct {
	routes map[string][]func(Event) string
}

func (r *Router) On(topic string, f func(Event) string) {
	r.routes[topic] = append(r.routes[topic], f)
}

type Logger struct{ lines []string }

func (l *Logger) Handle(e Event) string {
	switch v := e.(type) {
	case Click:
		l.lines = append(l.lines, fmt.Sprint("click@", v.X, ",", v.Y))
	case *Key:
		l.lines = append(l.lines, fmt.Sprintf("key %c", v.Code))
	default:
		l.lines = append(l.lines, fmt.Sprintf("other %T", e))
	}
	return "logged"
}

func describe(e Event) string {
	if c, ok := e.(Click); ok {
		return fmt.Sprint("describe click ", c.X)
	}
	return "describe " + e.Topic()
}

func Dispatch[T Event](hs []func(Event) string, v T) []string {
	var out []string
	for _, h := range hs {
		out = append(out, h(v))
	}
	return out
}

func main() {
	r := &Router{routes: map[string][]func(Event) string{}}
	log := &Logger{}
	r.On("click", log.Handle)
	r.On("click", describe)
	r.On("click", func(e Event) string { _, ok := e.(Click); return fmt.Sprint("literal ", ok) })
	r.On("key", log.Handle)
	for i := 0; i < 2; i++ {
		for _, h := range r.routes["click"] {
			fmt.Println(h(Click{i, i * 10}))
		}
	}
	for _, h := range r.routes["key"] {
		h(&Key{'q'})
	}
	hs := r.routes["click"]
	for i := range hs {
		fmt.Println(hs[i](Click{7, 7}))
	}
	fns := map[string]func(Event) string{"d": describe}
	for _, name := range []string{"d"} {
		fmt.Println(fns[name](Click{3, 4}), fns[name](&Key{'z'}))
	}
	fmt.Println(Dispatch(r.routes["click"], Click{9, 9}))
	fmt.Println(log.lines)
}
`, want: `logged
describe click 0
literal true
logged
describe click 1
literal true
logged
describe click 7
literal true
describe click 3 describe key
[logged describe click 9 literal true]
[click@0,0 click@1,10 key q click@7,7 click@9,9]
`},
}

func TestFidProbeyPrograms(t *testing.T) { runFidPrograms(t, probeyPrograms) }

// TestProbeyRecursiveAssertRefusal: an assertion to a struct type that
// leads back to itself through a func field of another type (Event with
// Action func(*Sim), Sim holding Events) stops the cell with gopad's
// refusal, naming the type and the workaround, whole and split (the
// refusal is a compile error, so its text follows the position).
func TestProbeyRecursiveAssertRefusal(t *testing.T) {
	const src = `package main

import "fmt"

type Event struct {
	Name   string
	Action func(*Sim)
}

type Q []Event

type Sim struct {
	q Q
	n int
}

func (q *Q) Push(x any) { *q = append(*q, x.(Event)) }

func main() {
	s := &Sim{}
	s.q.Push(Event{"a", func(s *Sim) { s.n++ }})
	fmt.Println(len(s.q))
}
`
	cells, err := notebookCells(src)
	if err != nil {
		t.Fatal(err)
	}
	for name, form := range map[string][]string{"whole": {pastedForm(src)}, "split": cells} {
		out, errText := runFidCells(t, form)
		if out != "" || !strings.Contains(errText, "gopad cannot assert or convert to Event here") || !strings.Contains(errText, "func(any)") {
			t.Errorf("%s: printed %q, error %q; want gopad's refusal of x.(Event)", name, out, errText)
		}
	}
}

// TestProbeyPredeclaredTypeRefusal: a type declared at a cell's top level
// under a predeclared type's name stops the cell with gopad's refusal
// (yaegi gave untyped constants that type: fmt.Println(1) failed), also in
// the split form of a program that declares it in main's body; an alias
// for the very type (type any = interface{}) and a declaration inside a
// function run.
func TestProbeyPredeclaredTypeRefusal(t *testing.T) {
	for _, src := range []string{
		"type string = []byte\nfmt.Println(1)",
		"type error struct{ msg string }",
		"func main() {\n\ttype int = string\n\tvar s int = \"x\"\n\tfmt.Println(s, 1)\n}\nmain()",
	} {
		_, errText := runFidCells(t, []string{`import "fmt"`, src})
		if !strings.Contains(errText, "gopad cannot declare a type named") && !strings.HasPrefix(src, "func main") {
			t.Errorf("%q: error %q, want gopad's refusal", src, errText)
		}
		if strings.HasPrefix(src, "func main") && errText != "" {
			t.Errorf("%q: stopped with %q, want it to run", src, errText)
		}
	}
	out, errText := runFidCells(t, []string{`import "fmt"`, "type any = interface{}\nvar v any = 2\nfmt.Println(v, 1)"})
	if errText != "" || out != "2 1\n" {
		t.Errorf("type any = interface{}: printed %q, error %q", out, errText)
	}
}
