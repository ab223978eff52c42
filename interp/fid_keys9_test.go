package interp

import (
	"fmt"
	"testing"
)

// keys9Programs are the class programs of maps whose keys are interfaces
// holding the cells' values (rewrite/mapanykeys.go, gopadrt's anykeys.go,
// canonkeys.go and wrappedkeys.go), each run whole and split
// (runFidPrograms) with the output go run gave.
var keys9Programs = []fidProgram{
	// map[any] keyed by the cells' types over basic types, arrays and
	// structs without fields, beside values of the basic types they are
	// over (one entry each, as in Go), through a parameter of type any and
	// a variable that changes after it was a key; range with a type
	// switch, delete, and %v of the whole map (keys through String).
	{name: "any_keys_cell_types", src: `package main

import (
	"fmt"
	"sort"
)

type State int

func (s State) String() string { return [...]string{"idle", "run", "done"}[s] }

type Level int
type Tag string
type Grid [2]int
type Ping struct{}
type Pong struct{}

func mark(m map[any]int, k any) { m[k]++ }

func main() {
	m := map[any]int{State(1): 10, 1: 20, Level(1): 30, Tag("a"): 40, "a": 50, Grid{1, 2}: 60, [2]int{1, 2}: 70, Ping{}: 80, Pong{}: 90}
	fmt.Println(len(m), m[State(1)], m[1], m[Level(1)], m[Tag("a")], m["a"], m[Grid{1, 2}], m[[2]int{1, 2}], m[Ping{}], m[Pong{}], m[struct{}{}])
	var s State
	for _, x := range []State{0, 2, 2, 0} {
		s = x
		mark(m, s)
	}
	s = 1
	fmt.Println(m[State(0)], m[State(2)], m[State(1)], m[s])
	delete(m, Level(1))
	delete(m, Tag("zz"))
	var keys []string
	for k, v := range m {
		switch k := k.(type) {
		case State:
			keys = append(keys, fmt.Sprintf("State %v=%d", k, v))
		case Level:
			keys = append(keys, fmt.Sprintf("Level %d=%d", k, v))
		case Tag, Grid, Ping, Pong:
			keys = append(keys, fmt.Sprintf("%T %v=%d", k, k, v))
		default:
			keys = append(keys, fmt.Sprintf("other %T %v=%d", k, k, v))
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k)
	}
	states := map[any]bool{State(2): true, State(0): false, State(1): true}
	fmt.Println(states)
	fmt.Printf("%v %d\n", states, len(states))
	tags := map[any]int{Tag("b"): 2, Tag("a"): 1}
	fmt.Println(tags)
}
`, want: "9 10 20 30 40 50 60 70 80 90 0\n2 2 10 10\nState done=2\nState idle=2\nState run=10\nmain.Grid [1 2]=60\nmain.Ping {}=80\nmain.Pong {}=90\nmain.Tag a=40\nother [2]int [1 2]=70\nother int 1=20\nother string a=50\nmap[idle:false run:true done:true]\nmap[idle:false run:true done:true] 3\nmap[a:1 b:2]\n"},
	// A map keyed by a cell's interface with values of two types over
	// int (Polygon(4), Level(4)), a struct without fields and one with:
	// equal keys are one entry, keys of two types two (was refused).
	{name: "cell_interface_keys", src: `package main

import "fmt"

type Shape interface{ Sides() int }

type Polygon int
type Level int
type Dot struct{}
type Box struct{ W, H int }

func (p Polygon) Sides() int { return int(p) }
func (l Level) Sides() int   { return int(l) }
func (Dot) Sides() int       { return 0 }
func (b Box) Sides() int     { return 4 }

func main() {
	m := map[Shape]string{}
	var s Shape = Polygon(4)
	m[s] = "square-ish"
	m[Level(4)] = "level four"
	m[Box{1, 2}] = "box"
	m[Dot{}] = "dot"
	m[Polygon(4)] += "!"
	fmt.Println(len(m), m[Polygon(4)], m[Level(4)], m[Box{1, 2}], m[Box{2, 1}] == "", m[Dot{}])
	delete(m, Level(4))
	_, ok := m[Level(4)]
	fmt.Println(len(m), ok)
	n := 0
	for k := range m {
		if _, isPoly := k.(Polygon); isPoly {
			n++
		}
	}
	fmt.Println("polygons:", n)
}
`, want: "4 square-ish! level four box true dot\n3 false\npolygons: 1\n"},
	// map[error] counting errors by value: a type over int, a struct
	// value, pointers, compiled sentinels, a variable errors.As sets
	// again; range gives keys that switch on their types, errors.Is
	// and print as Go's; fmt orders the keys by value (E7 before E10).
	{name: "error_keys", src: `package main

import (
	"errors"
	"fmt"
	"io"
	"sort"
)

type Code int

func (c Code) Error() string { return fmt.Sprintf("E%d", int(c)) }

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "missing " + e.Key }

type Fatal struct{ Msg string }

func (e *Fatal) Error() string { return "fatal: " + e.Msg }

func main() {
	boom := &Fatal{"boom"}
	errs := []error{Code(10), NotFound{"a"}, Code(7), io.EOF, boom, Code(10), NotFound{"a"}, fmt.Errorf("wrap: %w", Code(7)), &Fatal{"boom"}, boom}
	counts := map[error]int{}
	byCode := map[error]int{}
	for _, e := range errs {
		counts[e]++
		var c Code
		if errors.As(e, &c) {
			byCode[c]++
		}
	}
	fmt.Println(len(counts), counts[Code(10)], counts[NotFound{"a"}], counts[io.EOF], counts[boom], counts[&Fatal{"boom"}])
	fmt.Println(byCode)
	var lines []string
	for e, n := range counts {
		kind := "other"
		switch e.(type) {
		case Code:
			kind = "code"
		case NotFound:
			kind = "notfound"
		case *Fatal:
			kind = "fatal"
		}
		lines = append(lines, fmt.Sprintf("%s %v %d %v", kind, e, n, errors.Is(e, Code(7))))
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
	delete(counts, NotFound{"a"})
	fmt.Println(len(counts))
}
`, want: "7 2 2 1 2 0\nmap[E7:2 E10:2]\ncode E10 2 false\ncode E7 1 true\nfatal fatal: boom 1 false\nfatal fatal: boom 2 false\nnotfound missing a 2 false\nother EOF 1 false\nother wrap: E7 1 true\n6\n"},
	// map[fmt.Stringer] keyed by a Day variable that changes and a
	// struct value, printed whole and ranged with assertions.
	{name: "stringer_keys", src: `package main

import (
	"fmt"
	"sort"
)

type Day int

func (d Day) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

type Room struct{ No int }

func (r Room) String() string { return fmt.Sprintf("room %d", r.No) }

func main() {
	plan := map[fmt.Stringer][]string{}
	var d Day
	for i, what := range []string{"gym", "read", "swim", "code"} {
		d = Day(i % 3)
		plan[d] = append(plan[d], what)
	}
	plan[Room{4}] = []string{"meet"}
	fmt.Println(len(plan), plan[Day(0)], plan[Day(1)], plan[Room{4}], plan[Room{5}] == nil)
	days := map[fmt.Stringer]int{Day(2): 2, Day(0): 0, Day(1): 1}
	fmt.Println(days)
	var ks []string
	for k, v := range plan {
		if day, ok := k.(Day); ok {
			ks = append(ks, fmt.Sprintf("%d:%v=%v", int(day), k, v))
		} else {
			ks = append(ks, fmt.Sprintf("%T:%v=%v", k, k, v))
		}
	}
	sort.Strings(ks)
	fmt.Println(ks)
}
`, want: "4 [gym code] [read] [meet] true\nmap[Sun:0 Mon:1 Tue:2]\n[0:Sun=[gym code] 1:Mon=[read] 2:Tue=[swim] main.Room:room 4=[meet]]\n"},
	// Struct keys whose interface fields hold the cells' values
	// (Ref{Kind any; ID int}): equal keys one entry, a Kind(1) apart from
	// a uint8(1), in a map[Ref], a map[Edge] and a map[any].
	{name: "struct_keys_with_interface_fields", src: `package main

import "fmt"

type Kind uint8

func (k Kind) String() string { return fmt.Sprintf("kind%d", uint8(k)) }

type Ref struct {
	Kind any
	ID   int
}

type Edge struct{ From, To any }

func main() {
	refs := map[Ref]int{}
	for i := 0; i < 3; i++ {
		refs[Ref{Kind(1), 7}]++
	}
	refs[Ref{uint8(1), 7}] += 10
	refs[Ref{"x", 7}] += 100
	fmt.Println(len(refs), refs[Ref{Kind(1), 7}], refs[Ref{uint8(1), 7}], refs[Ref{Kind(2), 7}])
	edges := map[Edge]bool{{Kind(1), Kind(2)}: true}
	edges[Edge{Kind(2), Kind(1)}] = false
	fmt.Println(len(edges), edges[Edge{Kind(1), Kind(2)}], edges[Edge{Kind(2), Kind(1)}])
	any2 := map[any]int{}
	any2[Ref{Kind(3), 1}]++
	any2[Ref{Kind(3), 1}]++
	fmt.Println(len(any2), any2[Ref{Kind(3), 1}])
}
`, want: "3 3 10 0\n2 true false\n1 2\n"},
	// A generic counter instantiated with any, a cell interface value
	// and the value itself as keys of one map[any], maps.Keys of a
	// map[any], and reflect's Interface() of a State as a key.
	{name: "generic_and_collected_keys", src: `package main

import (
	"fmt"
	"maps"
	"reflect"
	"slices"
)

type State int

func (s State) String() string { return fmt.Sprintf("S%d", int(s)) }

type Shape interface{ Sides() int }
type Poly int

func (p Poly) Sides() int { return int(p) }

func Count[K comparable](xs []K) map[K]int {
	out := map[K]int{}
	for _, x := range xs {
		out[x]++
	}
	return out
}

func main() {
	c := Count([]any{State(1), 1, State(1), "x"})
	fmt.Println(len(c), c[State(1)], c[1])
	m := map[any]int{}
	var sh Shape = Poly(3)
	m[sh] = 1
	m[Poly(3)] += 10
	m[3] += 100
	fmt.Println(len(m), m[sh], m[Poly(3)], m[3])
	ks := slices.Collect(maps.Keys(map[any]bool{State(2): true}))
	fmt.Println(ks, len(ks))
	r := reflect.ValueOf(State(1)).Interface()
	m2 := map[any]int{State(1): 1, 1: 2}
	fmt.Println(m2[r])
}
`, want: "3 2 1\n2 11 11 100\n[S2] 1\n1\n"},
	// A map[error]'s key that leaves it through maps.Keys (a box, not
	// the wrapper range gives): errors.Is and errors.As see the value.
	{name: "error_keys_collected", src: `package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
)

type Code int

func (c Code) Error() string { return fmt.Sprintf("E%d", int(c)) }

func main() {
	m := map[error]int{Code(7): 1}
	ks := slices.Collect(maps.Keys(m))
	var c Code
	fmt.Println(len(ks), errors.Is(ks[0], Code(7)), errors.As(ks[0], &c), c, ks[0])
}
`, want: "1 true true E7 E7\n"},
	// Keys Go cannot hash (a List over []int) in a map[Shape], in a
	// struct key's interface field and in a map[any]: the panic Go's map
	// gives, where the map took yaegi's comparable pair.
	{name: "unhashable_keys", src: `package main

import "fmt"

type List []int

func (l List) Sides() int { return len(l) }

type Shape interface{ Sides() int }

type Ref struct{ K any }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func main() {
	try("shape", func() { m := map[Shape]int{}; m[List{1}] = 1; fmt.Println(len(m)) })
	try("ref", func() { m := map[Ref]int{}; m[Ref{List{1}}] = 1; fmt.Println(len(m)) })
	try("any", func() { m := map[any]int{}; m[Ref{List{1}}] = 1; fmt.Println(len(m)) })
	try("ok", func() { m := map[Ref]int{}; m[Ref{3}] = 1; fmt.Println(len(m)) })
}
`, want: "shape recovered: runtime error: hash of unhashable type main.List\nref recovered: runtime error: hash of unhashable type main.List\nany recovered: runtime error: hash of unhashable type main.List\n1\nok recovered: <nil>\n"},
	// nil and NaN keys of a map[any] beside a cell's type, then a key Go
	// cannot hash.
	{name: "nil_nan_and_slice_keys", src: `package main

import (
	"fmt"
	"math"
)

type List []int
type State int

func main() {
	m := map[any]int{}
	m[nil] = 1
	m[math.NaN()] = 2
	m[math.NaN()] = 3
	m[State(1)] = 4
	fmt.Println(len(m), m[nil])
	defer func() { fmt.Println("recovered:", recover()) }()
	m[List{1}] = 5
	fmt.Println("not reached", len(m))
}
`, want: "4 1\nrecovered: runtime error: hash of unhashable type main.List\n"},
	// Maps with interface keys inside printed values: a map[any]Color,
	// a struct field, a slice element, an any.
	{name: "nested_keyed_maps", src: `package main

import "fmt"

type Color int

func (c Color) String() string { return [...]string{"red", "green"}[c] }

type State int

type Inv struct {
	Name  string
	Items map[any]int
}

func main() {
	m := map[any]Color{State(1): 1, State(0): 0}
	fmt.Println(m)
	inv := Inv{"a", map[any]int{State(2): 5}}
	fmt.Println(inv)
	fmt.Printf("%+v\n", inv)
	list := []map[any]bool{{State(3): true}}
	fmt.Println(list)
	var x any = map[any]int{State(4): 1}
	fmt.Println(x)
	s := fmt.Sprint(map[any]int{Color(1): 2})
	fmt.Println(s)
}
`, want: "map[0:red 1:green]\n{a map[2:5]}\n{Name:a Items:map[2:5]}\n[map[3:true]]\nmap[4:1]\nmap[green:2]\n"},
	// Inside a struct, a map whose keys State(1) and 1 would be one bare
	// key: refused by name, after what prints as in Go.
	{name: "nested_keyed_maps_collide", src: `package main

import "fmt"

type State int

type Inv struct {
	Name  string
	Items map[any]int
}

func main() {
	a := Inv{"a", map[any]int{State(2): 5, State(1): 1}}
	fmt.Println(a, &a)
	fmt.Printf("%v|%d\n", a, []Inv{a})
	b := Inv{"b", map[any]int{State(1): 1, 1: 2}}
	fmt.Println(len(b.Items))
	fmt.Println(b)
}
`, want: "{a map[1:1 2:5]} &{a map[1:1 2:5]}\n{a map[1:1 2:5]}|[{%!d(string=a) map[1:1 2:5]}]\n2\n{b map[1:1 1:2]}\n",
		refusal: "gopad cannot print a map with interface keys holding two keys of one bare value"},
	// Inside a struct, a map keyed by a Color with String: refused by
	// name (printed whole, the map prints its keys through String).
	{name: "nested_keyed_maps_stringer", src: `package main

import "fmt"

type Color int

func (c Color) String() string { return [...]string{"red", "green"}[c] }

type Inv struct {
	Name  string
	Items map[any]int
}

func main() {
	a := Inv{"a", map[any]int{Color(1): 5}}
	fmt.Println(a.Items)
	fmt.Println(a)
}
`, want: "map[green:5]\n{a map[green:5]}\n",
		refusal: "gopad cannot print a map with interface keys holding a main.Color with a String"},
	// A struct with methods as a map[any]'s key, through ++ and +=: one
	// entry (the struct of yaegi's pair, canonKey of a struct whose fields
	// hold no pair).
	{name: "struct_method_keys", src: `package main

import "fmt"

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

func main() {
	var counts = map[interface{}]int{}
	counts[1]++
	counts[Rect{1, 1}]++
	counts[Rect{1, 1}]++
	fmt.Println(len(counts), counts[Rect{1, 1}], counts[1])
	c2 := map[interface{}]int{}
	c2[Rect{1, 1}] += 1
	c2[Rect{1, 1}] = c2[Rect{1, 1}] + 1
	fmt.Println(len(c2), c2[Rect{1, 1}])
}
`, want: "2 2 1\n1 2\n"},
	// An error holding a cell's value, as a key of a map[any]: yaegi's
	// wrapper cannot be hashed, and gopad refuses it by name (a
	// compiled error is a key as in Go).
	{name: "wrapped_error_in_any_key", src: `package main

import (
	"errors"
	"fmt"
	"io"
)

type Code int

func (c Code) Error() string { return fmt.Sprintf("E%d", int(c)) }

func main() {
	seen := map[any]bool{}
	seen[io.EOF] = true
	var e error = io.EOF
	fmt.Println(seen[e], len(seen))
	e = Code(3)
	seen[e] = true
	fmt.Println(seen[Code(3)], errors.Is(e, Code(3)))
}
`, want: "true 1\ntrue true\n",
		refusal: "gopad cannot use an interface value holding a value of main.Code as a key of a map with empty interface keys"},
}

func TestKeys9Programs(t *testing.T) { runFidPrograms(t, keys9Programs) }

// TestAnyKeysMixedTypesPrintInFmtOrder prints a map[any] whose keys are of
// several types, in a session whose cell types make the map print through
// gopad's own map printer: the keys come out in the order fmt gives the
// same map in this process (grouped by type, then by value), every time,
// not in the map's random iteration order.
func TestAnyKeysMixedTypesPrintInFmtOrder(t *testing.T) {
	want := fmt.Sprintln(map[any]string{0: "i0", 2: "i2", 1.5: "f", "b": "sb", "a": "sa", false: "no", int8(3): "i8"})
	s := newSession(t)
	run(t, s, "type Dog struct{ name string }")
	for range 8 {
		res, rec := run(t, s, `fmt.Println(map[any]string{0: "i0", 2: "i2", 1.5: "f", "b": "sb", "a": "sa", false: "no", int8(3): "i8"})`)
		if res.Err != nil || rec.out() != want {
			t.Fatalf("got %q (error %v), want %q", rec.out(), res.Err, want)
		}
	}
}
