package interp

import "testing"

// outside11Programs are the class programs of outside11's fixes, each run
// whole and split (runFidPrograms).
var outside11Programs = []fidProgram{
	// A variable holding a pointer to a cell's type with methods, turned
	// into an interface value in every way a program does it, then
	// assigned again: the interface keeps the pointer it was given.
	{name: "pointer_into_interface", src: `package main

import (
	"fmt"
	"strings"
)

type N struct{ V int }

func (n *N) String() string { return fmt.Sprint("N", n.V) }

type Named interface{ String() string }

type Registry struct{ items []Named }

func (r *Registry) add(n Named) { r.items = append(r.items, n) }

type Box struct{ p *N }

func main() {
	p := &N{1}
	var s Named = p
	p = &N{2}
	fmt.Println("var:", s, p)

	reg := &Registry{}
	q := &N{3}
	reg.add(q)
	q = &N{4}
	reg.add(q)
	q = &N{5}
	fmt.Println("method arg:", reg.items, q)

	var xs []Named
	r := &N{6}
	xs = append(xs, r)
	r = &N{7}
	fmt.Println("append:", xs, r)

	m := map[string]any{}
	u := &N{8}
	m["u"] = u
	u = &N{9}
	fmt.Println("map of any:", m["u"], u)

	b := Box{&N{10}}
	var f Named = b.p
	b.p = &N{11}
	fmt.Println("field:", f, b.p)

	arr := []*N{{12}, {13}}
	var g Named = arr[0]
	arr[0] = &N{14}
	fmt.Println("element:", g, arr[0])

	var parts []string
	cur := &N{20}
	list := []Named{cur}
	for i := 1; i < 3; i++ {
		cur = &N{20 + i}
		list = append(list, cur)
	}
	cur = &N{99}
	for _, l := range list {
		parts = append(parts, l.String())
	}
	fmt.Println("loop:", strings.Join(parts, ","), cur)
}
`, want: `var: N1 N2
method arg: [N3 N4] N5
append: [N6] N7
map of any: N8 N9
field: N10 N11
element: N12 N14
loop: N20,N21,N22 N99
`},
	// A reflect.Value variable assigned more than once: Type() names the
	// cell type over a basic type that the assignment reaching the read
	// reflected, through Elem of a pointer's too; a function that writes
	// the variable between makes it unknown, never stale.
	{name: "reflect_value_reassigned", src: `package main

import (
	"fmt"
	"reflect"
)

type Celsius float64

type IDs []int

var cur reflect.Value

func reset() { cur = reflect.ValueOf(1.5) }

func main() {
	v := reflect.ValueOf(int8(1))
	fmt.Println(v.Type())

	type Temp float64
	t := Temp(3)
	v = reflect.ValueOf(t)
	fmt.Println(v.Type(), v.Kind())

	v = reflect.ValueOf(&t).Elem()
	fmt.Println(v.Type(), v.CanSet())

	v = reflect.ValueOf(IDs{1, 2})
	fmt.Println(v.Type(), v.Len())

	cur = reflect.ValueOf(Celsius(20))
	fmt.Println(cur.Type())

	reset()
	fmt.Println(cur.Type())

	for i := 0; i < 2; i++ {
		w := reflect.ValueOf(i)
		fmt.Println(w.Type())
		w = reflect.ValueOf(Celsius(i))
		fmt.Println(w.Type())
	}
}
`, want: `int8
main.Temp float64
main.Temp true
main.IDs 2
main.Celsius
float64
int
main.Celsius
int
main.Celsius
`},
	// A function calling one declared in a later cell that asserts an
	// interface of a compiled package with an unexported method to its
	// types (go/ast's Expr, whose exprNode the session's view lacks): the
	// first is kept until the second is declared, not until a cell
	// declares "exprNode".
	{name: "compiled_iface_assert_declared_later", src: `package main

import (
	"fmt"
	"go/ast"
	"go/parser"
)

func depth(exp string) int {
	tree, _ := parser.ParseExpr(exp)
	return walk(tree)
}

func walk(e ast.Expr) int {
	switch n := e.(type) {
	case *ast.BinaryExpr:
		return 1 + max(walk(n.X), walk(n.Y))
	case *ast.ParenExpr:
		return walk(n.X)
	}
	if _, ok := e.(*ast.BasicLit); ok {
		return 0
	}
	return -1
}

func main() {
	fmt.Println(depth("1+2"), depth("(1+2)*(3-(4/5))"), depth("7"), depth("f(x)"))
}
`, want: "1 3 0 -1\n"},
	// The same, with the asserting function calling a helper declared
	// after it too: it is kept until the helper is declared, then runs
	// (the impossible-looking cases are not its errors).
	{name: "compiled_iface_switch_waits_for_helper", src: `package main

import (
	"fmt"
	"go/ast"
	"go/parser"
)

func kinds(exp string) string {
	tree, _ := parser.ParseExpr(exp)
	return kind(tree)
}

func kind(e ast.Expr) string {
	switch n := e.(type) {
	case *ast.BinaryExpr:
		return label("binary " + n.Op.String())
	case *ast.CallExpr:
		return label("call")
	}
	return label(fmt.Sprintf("%T", e))
}

func label(s string) string { return "<" + s + ">" }

func main() {
	fmt.Println(kinds("1+2"), kinds("f(x)"), kinds("7"))
}
`, want: "<binary +> <call> <*ast.BasicLit>\n"},
}

func TestFidOutside11(t *testing.T) { runFidPrograms(t, outside11Programs) }
