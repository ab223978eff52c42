package interp

import "testing"

// probeqPrograms are probe-q's class programs, each run whole and split
// (runFidPrograms).
var probeqPrograms = []fidProgram{
	// Cell types over one basic type, both with methods (Celsius and Kelvin
	// over float64, codeErr and otherErr over int): yaegi's assertion
	// answers from the underlying type, and a Kelvin in an interface was
	// bound, printed and called as a Celsius (case fmt.Stringer, v.(Temp),
	// err.(Coder), errors.As into a Coder, fmt of a []any).
	{name: "basic_twins_methods", src: `package main

import (
	"errors"
	"fmt"
)

type Celsius float64
type Kelvin float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }
func (k Kelvin) String() string  { return fmt.Sprintf("%.2fK", float64(k)) }

type Temp interface {
	String() string
}

type Named interface{ Name() string }
type Dog string
type Cat string

func (d Dog) Name() string { return "dog " + string(d) }
func (c Cat) Name() string { return "cat " + string(c) }

type codeErr int
type otherErr int

func (e codeErr) Error() string  { return fmt.Sprintf("code %d", int(e)) }
func (e otherErr) Error() string { return fmt.Sprintf("other %d", int(e)) }

type Coder interface{ Code() int }

func (e otherErr) Code() int { return int(e) * 10 }
func (e codeErr) Code() int  { return int(e) }

func main() {
	var a any = Kelvin(300)
	if c, ok := a.(Celsius); ok {
		fmt.Println("celsius?", c)
	} else {
		fmt.Println("not celsius")
	}
	switch v := a.(type) {
	case Celsius:
		fmt.Println("C", v)
	case Kelvin:
		fmt.Println("K", v)
	}
	t, ok := a.(Temp)
	fmt.Println(t, ok)
	switch v := a.(type) {
	case Temp:
		fmt.Println("temp", v, v.String())
	}
	var s fmt.Stringer = Kelvin(5)
	switch v := s.(type) {
	case Temp:
		fmt.Println("temp from stringer", v)
	}
	tt, ok := s.(Temp)
	fmt.Println(tt, ok)
	var n Named = Cat("tom")
	var x any = n
	switch v := x.(type) {
	case Named:
		fmt.Println(v.Name())
	}
	nn, _ := x.(Named)
	fmt.Println(nn.Name(), nn)
	var err error = otherErr(4)
	switch v := err.(type) {
	case Coder:
		fmt.Println("coder", v.Code(), v)
	}
	c, ok := err.(Coder)
	fmt.Println(c.Code(), ok)
	var ce Coder
	if errors.As(fmt.Errorf("w: %w", err), &ce) {
		fmt.Println("as", ce.Code())
	}
	list := []any{Celsius(1), Kelvin(2), Dog("rex"), Cat("kit")}
	for _, it := range list {
		switch v := it.(type) {
		case fmt.Stringer:
			fmt.Print(v.String(), " ", v, "; ")
		case Named:
			fmt.Print(v.Name(), "; ")
		}
	}
	fmt.Println()
}
`, want: `not celsius
K 300.00K
300.00K true
temp 300.00K 300.00K
temp from stringer 5.00K
5.00K true
cat tom
cat tom tom
coder 40 other 4
40 true
as 40
1.0°C 1.0°C; 2.00K 2.00K; dog rex; cat kit; 
`},
	// The same through slices and maps of a cell interface, method calls
	// through it, and a compiled interface asserted to a cell's one.
	{name: "basic_twins_printed", src: `package main

import (
	"fmt"
	"strings"
)

type Meters float64
type Feet float64

func (m Meters) String() string { return fmt.Sprintf("%gm", float64(m)) }
func (f Feet) String() string   { return fmt.Sprintf("%gft", float64(f)) }

type Length interface{ String() string }

type Tag string
type Label string

func (t Tag) Upper() string   { return "TAG:" + strings.ToUpper(string(t)) }
func (l Label) Upper() string { return "LABEL:" + strings.ToUpper(string(l)) }

type Upper interface{ Upper() string }

func show(l Length) string { return "len=" + l.String() }

func main() {
	ls := []Length{Meters(3), Feet(10), Meters(1.5)}
	fmt.Println(ls)
	for _, l := range ls {
		fmt.Print(l, " ", show(l), "; ")
	}
	fmt.Println()
	m := map[string]Length{"a": Feet(2)}
	fmt.Println(m["a"], m)
	us := []any{Tag("x"), Label("y")}
	for _, u := range us {
		if up, ok := u.(Upper); ok {
			fmt.Print(up.Upper(), " ")
		}
		switch v := u.(type) {
		case Upper:
			fmt.Print(v.Upper(), " ")
		}
	}
	fmt.Println()
	var s fmt.Stringer = Feet(7)
	if l, ok := s.(Length); ok {
		fmt.Println(l, l.String())
	}
	fmt.Printf("%v %s %T\n", s, s, s)
}
`, want: `[3m 10ft 1.5m]
3m len=3m; 10ft len=10ft; 1.5m len=1.5m; 
2ft map[a:2ft]
TAG:X TAG:X LABEL:Y LABEL:Y 
7ft 7ft
7ft 7ft main.Feet
`},
	// Interface values compared (x == s) in functions declared before the
	// types that implement the interface (split: the comparison was
	// rewritten when no cell type implemented it, and yaegi compared its
	// bookkeeping: -1 and false everywhere); == of two values of one
	// uncomparable cell type panics as in Go.
	{name: "compare_before_types", src: `package main

import "fmt"

type Shape interface{ Area() float64 }

func indexOf(list []Shape, s Shape) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

func same(a, b Shape) bool { return a == b }

type Square struct{ Side float64 }

func (q Square) Area() float64 { return q.Side * q.Side }

type Poly struct{ Pts []float64 }

func (p Poly) Area() float64 { return float64(len(p.Pts)) }

type Rect struct{ W, H float64 }

func (r *Rect) Area() float64 { return r.W * r.H }

func main() {
	r := &Rect{2, 3}
	list := []Shape{Square{2}, r, Square{3}}
	fmt.Println(indexOf(list, Square{3}), indexOf(list, r), indexOf(list, &Rect{2, 3}), indexOf(list, Square{4}))
	fmt.Println(same(Square{1}, Square{1}), same(Square{1}, r), same(Poly{}, Square{1}))
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(same(Poly{[]float64{1}}, Poly{[]float64{1}}))
}
`, want: `2 1 -1 -1
true false false
recovered: runtime error: comparing uncomparable type main.Poly
`},
	// A type argument named like a variable of the generic code (K = key
	// with a parameter key, E = point with a local point): the concrete
	// copy used the variable where the type was meant, did not type-check,
	// and the call went to yaegi ("not a generic type").
	{name: "type_arg_shadowed", src: `package main

import (
	"fmt"
	"sort"
)

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, v := range xs {
		k := key(v)
		out[k] = append(out[k], v)
	}
	return out
}

type Set[E comparable] struct{ items map[E]bool }

func (s *Set[E]) Add(item E) {
	if s.items == nil {
		s.items = map[E]bool{}
	}
	var point E = item
	s.items[point] = true
}

func (s *Set[E]) Len() int { return len(s.items) }

type key struct {
	Dept string
	Senior bool
}

type point struct{ X, Y int }

func main() {
	type emp struct {
		name  string
		dept  string
		years int
	}
	emps := []emp{{"a", "eng", 5}, {"b", "eng", 1}, {"c", "ops", 7}, {"d", "eng", 9}}
	g := GroupBy(emps, func(e emp) key { return key{e.dept, e.years > 3} })
	var ks []key
	for k := range g {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return fmt.Sprint(ks[i]) < fmt.Sprint(ks[j]) })
	for _, k := range ks {
		fmt.Printf("%+v %d\n", k, len(g[k]))
	}
	var s Set[point]
	s.Add(point{1, 2})
	s.Add(point{1, 2})
	s.Add(point{3, 4})
	fmt.Println(s.Len())
}
`, want: `{Dept:eng Senior:false} 1
{Dept:eng Senior:true} 2
{Dept:ops Senior:true} 1
2
`},
	// A []Shape printed whole, its elements of struct types without String
	// (yaegi stored them into the []any as pairs of value and type:
	// {0xc000… {…}}), and a List []Node held in a Node, printed.
	{name: "iface_elems_printed", src: `package main

import "fmt"

type Shape interface{ Area() float64 }

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }

func (c Circle) Area() float64  { return 3 * c.R * c.R }
func (r Rect) Area() float64    { return r.W * r.H }
func (c Circle) String() string { return fmt.Sprintf("circle(%g)", c.R) }

func main() {
	shapes := []Shape{Circle{1}, Rect{3, 4}}
	fmt.Println(shapes)
	only := []Shape{Rect{1, 2}}
	fmt.Println(only)
}
`, want: `[circle(1) {3 4}]
[{1 2}]
`},
	{name: "kept_slice_in_iface", src: `package main

import "fmt"

type Node interface{ Accept() }
type Text string
type List []Node

func (t Text) Accept() {}
func (l List) Accept() {}

func main() {
	doc := List{Text("a"), List{Text("b"), Text("c")}}
	for _, n := range doc {
		fmt.Printf("%T:%v\n", n, n)
	}
	var n Node = doc
	fmt.Println(n)
	fmt.Printf("%v|%+v\n", n, n)
	byName := map[string]Node{"x": List{Text("y")}}
	fmt.Println(byName)
}
`, want: `main.Text:a
main.List:[b c]
[a [b c]]
[a [b c]]|[a [b c]]
map[x:[y]]
`},
	// A cell interface holding a Bold asserted to a Text (both over string,
	// both with methods): yaegi's assertion said yes.
	{name: "twin_concrete_assert", src: `package main

import "fmt"

type Node interface{ Accept() }
type Text string
type Bold string

func (t Text) Accept() {}
func (b Bold) Accept() {}

func main() {
	var n Node = Bold("x")
	_, isText := n.(Text)
	t, ok := n.(Text)
	b, ok2 := n.(Bold)
	fmt.Println(isText, t, ok, b, ok2)
	defer func() { fmt.Println(recover()) }()
	fmt.Println(n.(Text))
}
`, want: `false  false x true
interface conversion: main.Node is main.Bold, not main.Text
`},
}

func TestFidProbeqPrograms(t *testing.T) { runFidPrograms(t, probeqPrograms) }
