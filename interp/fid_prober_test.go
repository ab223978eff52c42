package interp

import "testing"

// A goto to a label on a return without results (done: return) returns,
// as in Go; the interpreter looped through its own exec closures until the
// stack overflowed and the session's process died.
func TestFidProberGotoLabeledReturn(t *testing.T) {
	runFidPrograms(t, []fidProgram{
		{name: "named_results", src: `package main

import "fmt"

func find(words []string, w string) (idx int, err error) {
	for i, x := range words {
		switch {
		case x == "":
			err = fmt.Errorf("empty word at %d", i)
			goto done
		case x == w:
			idx = i
			goto done
		}
	}
	idx = -1
done:
	return
}

func main() {
	fmt.Println(find([]string{"a", "b"}, "b"))
	fmt.Println(find([]string{"a", "", "b"}, "b"))
	fmt.Println(find([]string{"a"}, "z"))
}
`, want: "1 <nil>\n0 empty word at 1\n-1 <nil>\n"},
		{name: "no_results_and_loop_label", src: `package main

import "fmt"

var seen []int

func visit(grid [][]int) {
	for _, row := range grid {
		for _, v := range row {
			if v < 0 {
				goto out
			}
			seen = append(seen, v)
		}
	}
out: return
}

func main() {
	visit([][]int{{1, 2}, {3, -1, 4}, {5}})
	visit(nil)
	fmt.Println(seen)
}
`, want: "[1 2 3]\n"},
	})
}

// A generic function whose signature instantiates a generic type that has
// methods with a slice, pointer or map of its type parameters
// (Result[[]T], Option[*T]) declares and runs; the declaring cell failed
// with a nil pointer dereference inside the interpreter.
func TestFidProberGenericCompositeTypeArgs(t *testing.T) {
	runFidPrograms(t, []fidProgram{
		{name: "option_pointer_and_map", src: `package main

import "fmt"

type Option[T any] struct {
	v  T
	ok bool
}

func (o Option[T]) Get() (T, bool) { return o.v, o.ok }

func Ptr[T any](v T) Option[*T] { return Option[*T]{&v, true} }

func Index[K, V comparable](kv map[K]V) Option[map[V]K] {
	out := map[V]K{}
	for k, v := range kv {
		out[v] = k
	}
	return Option[map[V]K]{out, len(out) > 0}
}

func main() {
	p, ok := Ptr(42).Get()
	fmt.Println(*p, ok)
	m, ok := Index(map[string]int{"a": 1, "b": 2}).Get()
	fmt.Println(m, ok)
	_, ok = Index(map[int]bool{}).Get()
	fmt.Println(ok)
}
`, want: "42 true\nmap[1:a 2:b] true\nfalse\n"},
		{name: "result_collect", src: `package main

import (
	"errors"
	"fmt"
)

type Result[T any] struct {
	val T
	err error
}

func (r Result[T]) Unpack() (T, error) { return r.val, r.err }

func All[T any](rs ...Result[T]) Result[[]T] {
	var out []T
	for _, r := range rs {
		if r.err != nil {
			return Result[[]T]{err: r.err}
		}
		out = append(out, r.val)
	}
	return Result[[]T]{val: out}
}

func main() {
	fmt.Println(All(Result[int]{val: 1}, Result[int]{val: 2}).Unpack())
	fmt.Println(All(Result[string]{val: "a"}, Result[string]{err: errors.New("bad")}).Unpack())
}
`, want: "[1 2] <nil>\n[] bad\n"},
		{name: "collect_printed_in_later_cells", src: `package main

import "fmt"

type Opt[T any] struct {
	v  T
	ok bool
}

func (o Opt[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.v)
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }

func Sequence[T any](os []Opt[T]) Opt[[]T] {
	var out []T
	for _, o := range os {
		if !o.ok {
			return Opt[[]T]{}
		}
		out = append(out, o.v)
	}
	return Some(out)
}

func main() {
	all := Sequence([]Opt[string]{Some("a"), Some("b")})
	none := Sequence([]Opt[int]{Some(1), {}})

	fmt.Println(all, none)
	fmt.Printf("%v|%s\n", all, none)
}
`, want: "Some([a b]) None\nSome([a b])|None\n"},
	})
}

// A cell that instantiates a generic type with a String method (var s
// Stack[int]) keeps the variables earlier cells set: the session
// declared the generic String again for the new instance's copy, a
// rebuild that reset them (Stack[] where Go prints Stack[1 2]).
func TestFidProberGenericInstanceKeepsVariables(t *testing.T) {
	runFidPrograms(t, []fidProgram{
		{name: "stack_string", src: `package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s Stack[T]) String() string { return fmt.Sprint("Stack", s.items) }

func main() {
	var s Stack[int]
	s.Push(1)
	s.Push(2)

	fmt.Println(s)
	var t Stack[string]
	t.Push("a")

	fmt.Println(t, s)
	total := len(s.items) + len(t.items)

	var u Stack[bool]
	fmt.Println(u, total)
}
`, want: "Stack[1 2]\nStack[a] Stack[1 2]\nStack[] 3\n"},
	})
}

// A variable declared with var of a generic type's instance (var r
// Result[int]) and passed to a generic function in the same cell gives
// that function's result its type: fmt.Println of the result calls its
// String method, as Go does (it printed the struct's fields).
func TestFidProberGenericVarTypedForLaterStatements(t *testing.T) {
	runFidPrograms(t, []fidProgram{
		{name: "result_map", src: `package main

import (
	"fmt"
	"strings"
)

type Result[T any] struct {
	val T
	err error
}

func Ok[T any](v T) Result[T] { return Result[T]{val: v} }

func (r Result[T]) String() string {
	if r.err != nil {
		return "Err(" + r.err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.val)
}

func Map[T, U any](r Result[T], f func(T) U) Result[U] {
	if r.err != nil {
		return Result[U]{err: r.err}
	}
	return Ok(f(r.val))
}

func main() {
	var rs []Result[int]
	rs = append(rs, Ok(6))
	var first Result[int] = rs[0]
	stars := Map(rs[0], func(n int) string { return strings.Repeat("*", n) })
	fmt.Println(stars, first)

	lens := Map(stars, func(s string) int { return len(s) })
	fmt.Println(lens, Map(lens, func(n int) bool { return n > 3 }))
}
`, want: "Ok(******) Ok(6)\nOk(6) Ok(true)\n"},
	})
}

// A comparison of complex constants with other constants (2+0i == 2,
// 1i*1i == -1) gives Go's answer; the interpreter failed to convert the
// integer operand to complex128.
func TestFidProberComplexConstantComparison(t *testing.T) {
	runFidPrograms(t, []fidProgram{
		{name: "complex_consts", src: `package main

import "fmt"

const unit = 1i

func main() {
	fmt.Println(unit*unit == -1, 2+0i == 2, 3.5+0i != 3.5)
	if 1i*1i == -1 {
		fmt.Println("i squared is -1")
	}
	z := 1 + 2i
	fmt.Println(z*z == -3+4i, real(z) == 1)
}
`, want: "true true false\ni squared is -1\ntrue true\n"},
	})
}

// A type switch over an empty interface picks the case of a cell's struct
// type with methods also for a composite literal passed in or an element
// of a []any (f(Point{1, 2}), []any{p}); it fell through to default.
func TestFidProberTypeSwitchStructWithMethods(t *testing.T) {
	runFidPrograms(t, []fidProgram{
		{name: "describe_values", src: `package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Norm1() int { return abs(p.X) + abs(p.Y) }

func (p *Point) Move(dx int) { p.X += dx }

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func describe(v any) string {
	switch x := v.(type) {
	case Point:
		return fmt.Sprint("point ", x.Norm1())
	case *Point:
		x.Move(1)
		return fmt.Sprint("pointer ", x.X)
	case int:
		return "int"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	p := Point{3, -4}
	fmt.Println(describe(Point{1, 2}), describe(p), describe(&p), describe(7))
	values := []any{Point{-1, -1}, &Point{5, 0}, "s"}
	for _, v := range values {
		fmt.Println(describe(v))
	}
	m := map[string]any{"a": Point{2, 2}}
	fmt.Println(describe(m["a"]))
	var held any = Point{0, 9}
	switch held.(type) {
	case Point:
		fmt.Println("held point")
	default:
		fmt.Println("held other")
	}
}
`, want: "point 3 point 7 pointer 4 int\npoint 2\npointer 6\nother string\npoint 4\nheld point\n"},
	})
}

// == of struct values whose interface fields hold values of a cell's type
// over a basic type (BinOp{'+', Num(1), Num(2)}) is Go's answer, also
// through an interface and nested; equal values compared unequal.
func TestFidProberEqualStructsWithBasicTypedFields(t *testing.T) {
	runFidPrograms(t, []fidProgram{
		{name: "ast_equal", src: `package main

import "fmt"

type Expr interface{ expr() }

type Num float64
type Ref string
type Bin struct {
	Op   byte
	L, R Expr
}

func (Num) expr() {}
func (Ref) expr() {}
func (Bin) expr() {}

func simplify(e Expr) Expr {
	if b, ok := e.(Bin); ok && b.Op == '*' && b.R == Num(1) {
		return simplify(b.L)
	}
	return e
}

func main() {
	a := Bin{'+', Num(1), Ref("x")}
	fmt.Println(a == Bin{'+', Num(1), Ref("x")}, a == Bin{'+', Num(2), Ref("x")}, a != Bin{'+', Num(1), Ref("y")})
	var e Expr = Bin{'*', Bin{'+', Num(1), Num(2)}, Num(1)}
	fmt.Println(simplify(e) == Bin{'+', Num(1), Num(2)}, e == Bin{'*', Bin{'+', Num(1), Num(2)}, Num(1)})
	exprs := []Expr{a, Num(3)}
	fmt.Println(exprs[0] == a, exprs[1] == Num(3), exprs[1] == Expr(Num(4)))
}
`, want: "true false true\ntrue true\ntrue true false\n"},
	})
}

// json's errors name a field of an instance of a generic type as Go does
// (Pair[main.Item,int].value) also for a variable a statement defined
// (q := Pair[Item, int]{}); they named it Pair.value.
func TestFidProberJSONErrorOfInstance(t *testing.T) {
	runFidPrograms(t, []fidProgram{
		{name: "json_instance_field", src: `package main

import (
	"encoding/json"
	"fmt"
)

type Pair[K comparable, V any] struct {
	Key   K ` + "`json:\"key\"`" + `
	Value V ` + "`json:\"value\"`" + `
}

type Item struct{ N int }

func main() {
	q := Pair[Item, int]{}
	fmt.Println(json.Unmarshal([]byte(` + "`{\"key\":{\"N\":1},\"value\":\"oops\"}`" + `), &q))
	var r Pair[string, bool]
	fmt.Println(json.Unmarshal([]byte(` + "`{\"value\":3}`" + `), &r))
}
`, want: "json: cannot unmarshal string into Go struct field Pair[main.Item,int].value of type int\njson: cannot unmarshal number into Go struct field Pair[string,bool].value of type bool\n"},
	})
}
