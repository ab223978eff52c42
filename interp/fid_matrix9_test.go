package interp

import "testing"

// matrix9Programs are the class programs of the helper matrix9: the classes
// z_matrix and z_matrix2 found, each run whole and split (runFidPrograms).
var matrix9Programs = []fidProgram{
	// A key of a map[any] held in an interface that is a value of a cell's
	// type over an array or a basic type (through a func parameter, a range
	// over an []any): yaegi keyed the map by its pair of value and place, so
	// equal keys were two entries; gopadBuiltin.AnyKey makes them one.
	{name: "kept_keys_in_interfaces", src: `package main

import "fmt"

type Color int

type Span [2]int

func count(m map[any]int, k any) { m[k]++ }

func main() {
	m := map[any]int{}
	count(m, 1)
	count(m, "a")
	fmt.Println(len(m), m[1])
	seen := map[any]bool{}
	for _, v := range []any{Span{1, 2}, [2]int{1, 2}} {
		seen[v] = true
	}
	fmt.Println(len(seen))
	count(m, Color(1))
	fmt.Println(len(m))
}
`, want: "2 1\n2\n3\n"},
	// == and != of interface values that hold a cell's slice or map type panic
	// as Go does (comparing uncomparable type main.Tags) when both hold it,
	// and are false against another type; through a func parameter, any
	// variables and an []any's elements, split at blank lines.
	{name: "uncomparable_kept_in_interfaces", src: `package main

import "fmt"

type Tags []string

type Index map[string]int

type Count int

func same(a, b any) (r string) {
	defer func() {
		if p := recover(); p != nil {
			r = fmt.Sprint("panic: ", p)
		}
	}()
	return fmt.Sprint(a == b, a != b)
}

func main() {
	t := Tags{"x"}
	fmt.Println(same(t, t))
	fmt.Println(same(t, []string{"x"}))
	ix := Index{"a": 1}
	fmt.Println(same(ix, ix))
	fmt.Println(same(ix, t))

	var a, b any = t, Tags{"y"}
	fmt.Println(same(a, b), same(Count(1), Count(1)), same(Count(1), 1))
	vals := []any{t, ix, Count(2)}
	for i, v := range vals {
		fmt.Println(i, same(v, vals[i]))
	}
}
`, want: "panic: runtime error: comparing uncomparable type main.Tags\nfalse true\npanic: runtime error: comparing uncomparable type main.Index\nfalse true\npanic: runtime error: comparing uncomparable type main.Tags true false false true\n0 panic: runtime error: comparing uncomparable type main.Tags\n1 panic: runtime error: comparing uncomparable type main.Index\n2 true false\n"},
	// An assertion of an any to a cell's interface tells a 3, an "n", a [2]int
	// and a 1.5 from values of cell types over them with the method (value
	// receivers), and a Gauge from a *Gauge when only the pointer has it; in a
	// function and at the top level.
	{name: "assert_cell_iface_from_any", src: `package main

import "fmt"

type Shower interface{ Show() string }

type Level int

func (l Level) Show() string { return fmt.Sprint("L", int(l)) }

type Tag string

func (t Tag) Show() string { return "#" + string(t) }

type Pair [2]int

func (p Pair) Show() string { return fmt.Sprint(p[0], ":", p[1]) }

type Gauge float64

func (g *Gauge) Show() string { return fmt.Sprint("g", float64(*g)) }

func describe(v any) string {
	if s, ok := v.(Shower); ok {
		return "Shower " + s.Show()
	}
	return fmt.Sprintf("not a Shower: %v", v)
}

func main() {
	g := Gauge(1.5)
	for _, v := range []any{3, Level(3), "n", Tag("n"), [2]int{1, 2}, Pair{1, 2}, 1.5, &g, g} {
		fmt.Println(describe(v))
	}

	var i any = 7
	_, ok := i.(Shower)
	fmt.Println("top-level", ok)
	i = Level(7)
	_, ok = i.(Shower)
	fmt.Println("top-level", ok)
}
`, want: "not a Shower: 3\nShower L3\nnot a Shower: n\nShower #n\nnot a Shower: [1 2]\nShower 1:2\nnot a Shower: 1.5\nShower g1.5\nnot a Shower: 1.5\ntop-level false\ntop-level true\n"},
	// errors.Is with a target of a struct error type whose interface field
	// holds a cell's error value (Wrap{Err: NotFound{"a"}}): equal and unequal
	// targets, through fmt.Errorf's %w and nested wraps.
	{name: "errors_is_wrapped_fields", src: `package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type Wrap struct {
	Op  string
	Err error
}

func (w Wrap) Error() string { return w.Op + ": " + w.Err.Error() }
func (w Wrap) Unwrap() error { return w.Err }

type Code int

func (c Code) Error() string { return fmt.Sprint("code ", int(c)) }

func main() {
	var err error = Wrap{"read", NotFound{"a"}}
	fmt.Println(errors.Is(err, NotFound{"a"}), errors.Is(err, NotFound{"b"}))
	fmt.Println(errors.Is(err, Wrap{"read", NotFound{"a"}}), errors.Is(err, Wrap{"read", NotFound{"b"}}))

	outer := fmt.Errorf("load: %w", Wrap{"open", Code(3)})
	fmt.Println(errors.Is(outer, Wrap{"open", Code(3)}), errors.Is(outer, Wrap{"open", Code(4)}), errors.Is(outer, Code(3)))
	nested := Wrap{"a", Wrap{"b", NotFound{"c"}}}
	fmt.Println(errors.Is(nested, Wrap{"b", NotFound{"c"}}), errors.Is(nested, NotFound{"c"}))
}
`, want: "true false\ntrue false\ntrue false true\ntrue true\n"},
	// A bad verb names a cell's types as Go does: a nil pointer to a struct
	// type (with a pointer String, or none) under %f %6.2f %s, fields over
	// basic types and a nil pointer field under %d %s %q %x, an unnamed struct
	// over the cells' types, and %v/%+v unchanged.
	{name: "bad_verbs_named_fields", src: `package main

import "fmt"

type Name string
type Count int

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Point struct{ X, Y int }

type Node struct{ ID int }

func (n *Node) String() string { return fmt.Sprint("node#", n.ID) }

type Entry struct {
	Key   Name
	Hits  Count
	Price Money
	At    *Point
}

func main() {
	var n *Node
	var p *Point
	fmt.Printf("%f|%6.2f|%s|%d\n", n, n, p, p)
	e := Entry{"k", 3, 150, nil}
	fmt.Printf("%d\n", e)
	fmt.Printf("%s\n", e)
	fmt.Printf("%q\n", e)
	fmt.Printf("%x\n", Entry{})

	anon := struct {
		A Count
		B Name
	}{1, "x"}
	fmt.Printf("%d %s\n", anon, anon)
	fmt.Printf("%v %+v\n", e, anon)
}
`, want: "%!f(*main.Node=<nil>)|%!f(*main.Node= <nil>)|%!s(*main.Point=<nil>)|0\n{%!d(main.Name=k) 3 150 0}\n{k %!s(main.Count=3) $1.50 %!s(*main.Point=<nil>)}\n{\"k\" '\\x03' \"$1.50\" %!q(*main.Point=<nil>)}\n{ 0 24302e3030 0}\n{1 %!d(main.Name=x)} {%!s(main.Count=1) x}\n{k 3 $1.50 <nil>} {A:1 B:x}\n"},
}

func TestFidMatrix9(t *testing.T) { runFidPrograms(t, matrix9Programs) }
