package interp

import "testing"

// matrix8Programs are the class programs of the matrix8 helper (values ×
// operations), each run whole and split (runFidPrograms).
var matrix8Programs = []fidProgram{
	// A value of a cell's type over a basic type converted explicitly to
	// a cell's interface with methods (Shape(q)) and given on to an empty
	// interface: a type switch there took it for its basic value (other
	// float64) where only one type over that basic type implemented the
	// interface.
	{name: "cell_iface_conversion", src: `package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq float64

func (s Sq) Area() float64 { return float64(s * s) }

type Count int

func (c Count) Area() float64 { return 1 }

func describe(v any) string {
	switch x := v.(type) {
	case Sq:
		return fmt.Sprintf("square %v", float64(x))
	case Count:
		return "count"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func id(s Shape) Shape { return s }

func main() {
	q := Sq(2)
	fmt.Println(describe(Shape(q)))
	fmt.Println(describe(Shape(Sq(2))))
	fmt.Println(describe(id(q)))
	fmt.Println(describe(Shape(Count(1))))
	fmt.Println(describe(fmt.Stringer(nil)))
	vals := []any{Shape(q), Shape(Count(2)), id(q)}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	var e any = Shape(q)
	fmt.Println(describe(e))
}
`, want: "square 2\nsquare 2\nsquare 2\ncount\nother <nil>\nsquare 2\ncount\nsquare 2\nsquare 2\n"},
	// Slices and maps of the cells' types whose elements or keys json
	// encodes through MarshalJSON or MarshalText (also a pointer
	// receiver's, on a slice's addressable elements), held in an any and
	// given to json.Marshal: json wrote the underlying numbers and keys.
	{name: "json_marked_composites", src: `package main

import (
	"encoding/json"
	"fmt"
)

type Level struct{ N int }

func (l *Level) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf("\"L%d\"", l.N)), nil }

type Stamp int64

func (s Stamp) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf("{\"sec\":%d}", int64(s))), nil }

type Color int

func (c Color) MarshalText() ([]byte, error) { return []byte([]string{"red", "green", "blue"}[c]), nil }

type Code string

func (c Code) MarshalText() ([]byte, error) { return []byte("code-" + string(c)), nil }

func show(label string, v any) {
	b, err := json.Marshal(v)
	fmt.Printf("%-8s %s %v\n", label, b, err)
}

func main() {
	show("levels", []Level{{1}, {2}})
	show("stamps", []Stamp{3, 4})
	show("colors", []Color{2, 0})
	show("byColor", map[Color]int{1: 1, 2: 2})
	show("byCode", map[Code]Stamp{"a": 1})
	show("nested", map[string]any{"z": []Color{1, 2}, "s": []Stamp{}})
	var a any = []Stamp{5}
	show("var", a)
	rows := []any{[]Color{1}, map[string]Color{"k": 2}}
	show("rows", rows)
	show("plain", []int{1, 2})
	var none []Stamp
	show("nil", none)
}
`, want: "levels   [\"L1\",\"L2\"] <nil>\nstamps   [{\"sec\":3},{\"sec\":4}] <nil>\ncolors   [\"blue\",\"red\"] <nil>\nbyColor  {\"blue\":2,\"green\":1} <nil>\nbyCode   {\"a\":{\"sec\":1}} <nil>\nnested   {\"s\":[],\"z\":[\"green\",\"blue\"]} <nil>\nvar      [{\"sec\":5}] <nil>\nrows     [[\"green\"],{\"k\":\"blue\"}] <nil>\nplain    [1,2] <nil>\nnil      null <nil>\n"},
	// An array of such elements has no identity to mark: refused where it
	// becomes an any in a session that imports encoding/json.
	{name: "json_array_refused", src: `package main

import (
	"encoding/json"
	"fmt"
)

type Stamp int64

func (s Stamp) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf("{\"sec\":%d}", int64(s))), nil }

func show(v any) {
	b, err := json.Marshal(v)
	fmt.Println(string(b), err)
}

func main() {
	show([]Stamp{1})
	show([2]Stamp{1, 2})
}
`, want: "[{\"sec\":1}] <nil>\n[{\"sec\":1},{\"sec\":2}] <nil>\n", refusal: "gopad cannot make an interface value of the array type [2]Stamp"},
	// %#v of a struct whose error or fmt.Stringer field holds a cell's
	// value, and of an []error or []fmt.Stringer of them: fmt printed
	// yaegi's wrapper (stdlib._errorS{IValue:4, WError:(func() string)...}).
	{name: "gosyntax_held_wrappers", src: `package main

import (
	"fmt"
)

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type Vec struct{ X, Y float64 }

func (v Vec) String() string { return fmt.Sprintf("<%g,%g>", v.X, v.Y) }

type Result struct {
	Name string
	Err  error
	S    fmt.Stringer
}

func main() {
	r := Result{"a", Code(4), Vec{1, 2}}
	fmt.Printf("%#v\n", r)
	fmt.Printf("%#v\n", Result{"b", nil, nil})
	fmt.Printf("%#v\n", []error{Code(1), nil})
	fmt.Printf("%#v\n", []fmt.Stringer{Vec{3, 4}})
	fmt.Printf("%v %+v\n", r, r)
}
`, want: "main.Result{Name:\"a\", Err:4, S:main.Vec{X:1, Y:2}}\nmain.Result{Name:\"b\", Err:error(nil), S:fmt.Stringer(nil)}\n[]error{1, error(nil)}\n[]fmt.Stringer{main.Vec{X:3, Y:4}}\n{a code 4 <1,2>} {Name:a Err:code 4 S:<1,2>}\n"},
	// A cell's type over a basic type with a Format method, held in an
	// []any, a map[string]any or an any parameter and printed with %v, %s
	// or %q: fmt printed the number without calling Format.
	{name: "kept_format_in_any", src: `package main

import "fmt"

type Level int

func (l Level) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "L%c%d", verb, int(l)) }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

func main() {
	vals := []any{Level(1), Code(2), 3, nil}
	fmt.Println(vals)
	fmt.Printf("%v %s %q\n", vals, vals, vals)
	var a any = Level(4)
	fmt.Println(a)
	fmt.Printf("%x %v\n", a, map[string]any{"k": Level(5)})
	show := func(v any) { fmt.Printf("[%v]\n", v) }
	show(Level(6))
}
`, want: "[Lv1 code 2 3 <nil>]\n[Lv1 code 2 3 <nil>] [Ls1 code 2 %!s(int=3) <nil>] [Lq1 \"code 2\" '\\x03' <nil>]\nLv4\nLx4 map[k:Lv5]\n[Lv6]\n"},
	// %#v of a cell's type over []byte (fmt spells []uint8 as []byte) and
	// of a nil pointer to a cell's type (fmt writes (*int)(nil)): the
	// underlying type's name stayed.
	{name: "gosyntax_byte_slices_nil_pointers", src: `package main

import "fmt"

type Raw []byte

type Count int

type Name string

type Pt struct{ X int }

func main() {
	fmt.Printf("%#v %#v\n", Raw("hi"), Raw(nil))
	fmt.Printf("%#v %#v %#v\n", (*Count)(nil), (*Name)(nil), (*Pt)(nil))
	var r Raw = []byte{1}
	var a any = r
	fmt.Printf("%#v\n", a)
}
`, want: "main.Raw{0x68, 0x69} main.Raw(nil)\n(*main.Count)(nil) (*main.Name)(nil) (*main.Pt)(nil)\nmain.Raw{0x1}\n"},
	// %T of a call's result of an interface type, in a session that
	// declares a struct type without fields implementing it: the call was
	// copied into the tests that name the type and ran three times
	// (main.Code 3 where Go printed main.Code 1), and errors.Join's copy
	// failed in yaegi.
	{name: "typename_call_once", src: `package main

import (
	"errors"
	"fmt"
)

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type Timeout struct{}

func (Timeout) Error() string { return "timeout" }

var calls int

func next() error {
	calls++
	if calls%2 == 0 {
		return Timeout{}
	}
	return Code(calls)
}

func main() {
	fmt.Printf("%T %v\n", next(), calls)
	fmt.Printf("%T %v\n", next(), calls)
	fmt.Printf("%T\n", errors.Join(Code(4), Timeout{}))
	fmt.Println(calls)
}
`, want: "main.Code 1\nmain.Timeout 2\n*errors.joinError\n2\n"},
	// A nil pointer to a cell's type with String: a value method (whose
	// call panics) or a pointer method that panics prints a bare <nil> for
	// every verb that calls it (gopad printed %!s(*int64=<nil>), a padded
	// <nil>, a quoted "<nil>" or its hex); one that handles nil prints its
	// own text.
	{name: "nil_pointer_stringers", src: `package main

import "fmt"

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d", int64(m)) }

type Vec struct{ X int }

func (v Vec) String() string { return fmt.Sprintf("<%d>", v.X) }

type Node struct {
	Val  int
	Next *Node
}

func (n *Node) String() string {
	if n == nil {
		return "end"
	}
	return fmt.Sprintf("%d -> %v", n.Val, n.Next)
}

type Leaf struct{ ID int }

func (l *Leaf) String() string { return fmt.Sprintf("leaf%d", l.ID) }

func main() {
	var m *Money
	var v *Vec
	fmt.Printf("%s|%v|%q|%8v|%x|\n", m, m, m, m, m)
	fmt.Printf("%s|%v|%q|%-8v|\n", v, v, v, v)
	fmt.Println(m, v)
	list := &Node{1, &Node{2, nil}}
	var empty *Node
	fmt.Printf("%v|%s|%q|%8v|\n", list, empty, empty, empty)
	var l *Leaf
	fmt.Printf("%v|%s|%q|%x|%8v|\n", l, l, l, l, l)
	fmt.Println(l, &Leaf{3})
}
`, want: "<nil>|<nil>|<nil>|<nil>|<nil>|\n<nil>|<nil>|<nil>|<nil>|\n<nil> <nil>\n1 -> 2 -> end|end|\"end\"|     end|\n<nil>|<nil>|<nil>|<nil>|<nil>|\n<nil> leaf3\n"},
}

func TestFidMatrix8(t *testing.T) { runFidPrograms(t, matrix8Programs) }
