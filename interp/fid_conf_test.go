package interp

import (
	"strings"
	"testing"
)

// TestAssertToEmptyInterface checks assertions to an interface without
// methods: they hold for every value that is not nil (an int, a string, a
// compiled type's value, a cell's), in both forms, in a type switch case,
// and in a copy of a generic function instantiated with any or with an
// interface literal with methods; a nil one
// panics with Go's run-time error.
func TestAssertToEmptyInterface(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import ("errors"; "fmt")
type E interface{}
type P struct{ X int }
type myint int
func (myint) foo() {}
func kind[T any](i any) string {
	switch i.(type) {
	case T:
		return "T"
	case int:
		return "int"
	}
	return "other"
}`)
	checkCells(t, s, []cellCase{
		{code: `var x any = 6
v, ok := x.(any)
fmt.Println(v, ok, x.(interface{}))`, stdout: "6 true 6\n"},
		{code: `var err error = errors.New("e")
if w, ok := err.(E); ok {
	fmt.Println("E", w)
}
var none any
_, ok2 := none.(any)
fmt.Println(ok2, P{4}.X == any(P{4}).(any).(P).X)`, stdout: "E e\nfalse true\n"},
		{code: `for _, v := range []any{1, "s", nil, P{1}} {
	switch v.(type) {
	case any:
		fmt.Print("any ")
	default:
		fmt.Print("default ")
	}
}
fmt.Println()`, stdout: "any any default any \n"},
		{code: `fmt.Println(kind[any](nil), kind[any](6), kind[float64](6), kind[interface{}]("s"))`,
			stdout: "other T int T\n"},
		{code: `fmt.Println(kind[interface{ foo() }](nil), kind[interface{ foo() }](7), kind[interface{ foo() }](myint(8)))`,
			stdout: "other int T\n"},
		{code: `func() {
	defer func() { r := recover(); _, isErr := r.(error); fmt.Println(r, isErr) }()
	var e error
	_ = e.(E)
}()`, stdout: "interface conversion: interface is nil, not main.E true\n"},
	})
}

// TestTypeSwitchStructCasesWithoutVariable checks that a type switch
// without a bound variable finds values of struct types: a cell's struct,
// a pointer to one, a slice of them, and literal struct types.
func TestTypeSwitchStructCasesWithoutVariable(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import "fmt"
type P struct{ X int }
func show(v any) {
	switch v.(type) {
	case *P:
		fmt.Print("ptr ")
	case P:
		fmt.Print("P ")
	case []P:
		fmt.Print("[]P ")
	case struct{ a int }, *struct{ a int }:
		fmt.Print("literal ")
	case int:
		fmt.Print("int ")
	default:
		fmt.Print("default ")
	}
}`)
	checkCells(t, s, []cellCase{
		{code: `show(&P{}); show(P{}); show([]P{}); show(struct{ a int }{1}); show(&struct{ a int }{2}); show(3); show("s")
fmt.Println()`, stdout: "ptr P []P literal literal int default \n"},
	})
}

// TestGenericTypeSwitchRepeatedCase checks a type switch of a generic
// function whose case T repeats another case once instantiated: the first
// one is taken, as Go does.
func TestGenericTypeSwitchRepeatedCase(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import "fmt"
func f[T any](i any) string {
	switch i.(type) {
	case T:
		return "T"
	case int:
		return "int"
	case int32, int16:
		return "int32/int16"
	case struct{ a, b T }:
		return "struct{T,T}"
	}
	return "other"
}`)
	checkCells(t, s, []cellCase{
		{code: `fmt.Println(f[float64](6.0), f[float64](7), f[float64](struct{ a, b float64 }{1, 2}), f[int32](int32(7)), f[int](int32(7)), f[int16](int16(1)), f[int](8))`,
			stdout: "T int struct{T,T} T int32/int16 T T\n"},
	})
}

// TestGenericImpossibleAssertion checks a generic function asserting an
// interface value to its type parameter where the type argument cannot
// implement that interface: Go compiles it, and the assertion fails at run
// time (false, or a run-time error).
func TestGenericImpossibleAssertion(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import ("errors"; "fmt")
type P struct{ X int }
func As[T any](err error) (T, bool) {
	t, ok := err.(T)
	return t, ok
}
func Must[T any](err error) T {
	return err.(T)
}`)
	checkCells(t, s, []cellCase{
		{code: `p, ok := As[P](errors.New("x"))
fmt.Println(p, ok)`, stdout: "{0} false\n"},
		{code: `func() {
	defer func() { _, isErr := recover().(error); fmt.Println("panicked", isErr) }()
	Must[P](errors.New("x"))
}()`, stdout: "panicked true\n"},
	})
}

// TestAssertNilInterfaceToInterface checks that a nil value of an
// interface type with methods asserted to another interface answers
// false (a panic with Go's error in the single-valued form), in
// assignments and in type switch cases, for the cells' interfaces, literal
// ones and compiled ones.
func TestAssertNilInterfaceToInterface(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import "fmt"
type F interface{ foo() }
type Q int
func (Q) foo() {}
func (q Q) bar() int { return int(q) }
func kind(i F) string {
	switch i.(type) {
	case interface{ bar() int }:
		return "bar"
	case fmt.Stringer:
		return "stringer"
	}
	return "other"
}`)
	checkCells(t, s, []cellCase{
		{code: `var f F
_, ok1 := f.(fmt.Stringer)
_, ok2 := f.(interface{ bar() int })
var err error
_, ok3 := err.(fmt.Stringer)
f = Q(2)
b, ok4 := f.(interface{ bar() int })
fmt.Println(ok1, ok2, ok3, ok4, b.bar())`, stdout: "false false false true 2\n"},
		{code: `fmt.Println(kind(nil), kind(Q(1)))`, stdout: "other bar\n"},
		{code: `func() {
	defer func() { r := recover(); _, isErr := r.(error); fmt.Println(r != nil, isErr) }()
	var g F
	_ = g.(fmt.Stringer)
}()`, stdout: "true true\n"},
	})
}

// TestRangeAssignBlanks checks range statements that assign only to the
// blank identifier.
func TestRangeAssignBlanks(t *testing.T) {
	s := newSession(t)
	checkCells(t, s, []cellCase{
		{code: `n := 0
m := map[string]int{"a": 1, "b": 2}
for _, _ = range m {
	n++
}
for _ = range []int{1, 2, 3} {
	n++
}
var mnil map[string]int
for _, _ = range mnil {
	panic("range mnil")
}
println(n)`, stdout: "5\n"},
	})
}

// TestCalledMethodExpressions checks method expressions called where they
// are written: of an interface type, of an interface literal, of a struct
// literal embedding a type, and of a cell's struct type.
func TestCalledMethodExpressions(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import "fmt"
type I interface{ m() string }
type S struct{ n int }
func (s S) m() string { return fmt.Sprint("m", s.n) }
func (s S) m1(x string) string { return "m1" + x }
type T int
func (T) m2() string { return "m2" }`)
	checkCells(t, s, []cellCase{
		{code: `fmt.Println(I.m(S{1}), S.m1(S{}, "a"), interface{ m1(string) string }.m1(S{}, "b"), struct{ T }.m2(struct{ T }{}))`,
			stdout: "m1 m1a m1b m2\n"},
	})
}

// TestAssertAnyToCellInterface checks assertions of an empty interface's
// value to an interface a cell declared: the value is kept (a method can
// be called on it), for struct values, pointers to structs whose methods
// have value receivers, other defined types and top-level variables; in
// both forms and in a type switch.
func TestAssertAnyToCellInterface(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import "fmt"
type Shape interface{ Area() float64 }
type Sq struct{ s float64 }
func (q Sq) Area() float64 { return q.s * q.s }
type C float64
func (c C) Area() float64 { return float64(c) }
type N struct{}
func use(v any) string {
	if sh, ok := v.(Shape); ok {
		return fmt.Sprint(sh.Area())
	}
	return "no"
}
func kind(v any) string {
	switch x := v.(type) {
	case Shape:
		return fmt.Sprint("shape ", x.Area())
	}
	return "other"
}`)
	checkCells(t, s, []cellCase{
		{code: `fmt.Println(use(Sq{3}), use(&Sq{4}), use(C(2)), use(N{}), use(3), use(nil))`, stdout: "9 16 2 no no no\n"},
		{code: `fmt.Println(kind(Sq{3}), kind(&Sq{4}), kind(C(2)), kind(N{}), kind(nil))`, stdout: "shape 9 shape 16 shape 2 other other\n"},
		{code: `var v any = Sq{2}
fmt.Println(v.(Shape).Area(), v.(interface{ Area() float64 }).Area())`, stdout: "4 4\n"},
		{code: `func() {
	defer func() { r := recover(); _, isErr := r.(error); fmt.Println(isErr, r) }()
	var w any = N{}
	_ = w.(Shape)
}()`, stdout: "true interface conversion: main.N is not main.Shape: missing method Area\n"},
		{code: `func() {
	defer func() { fmt.Println(recover()) }()
	var w any = 3
	_ = w.(Shape)
}()`, stdout: "interface conversion: int is not main.Shape: missing method Area\n"},
	})
}

// TestSwitchInterfaceAgainstValues checks expression switches whose tag
// is an interface value and whose cases are not, or the other way round:
// Go compares them as interface values.
func TestSwitchInterfaceAgainstValues(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import "fmt"
func classify(v any) string {
	n := 2
	switch v {
	case 1, n:
		return "small"
	case "one":
		return "word"
	case nil:
		return "nil"
	}
	return "other"
}`)
	checkCells(t, s, []cellCase{
		{code: `fmt.Println(classify(1), classify(2), classify("one"), classify(nil), classify(2.0), classify(int8(1)))`,
			stdout: "small small word nil other other\n"},
		{code: `var i any = 0
k := 0
switch k {
case i:
	fmt.Println("equal")
default:
	fmt.Println("differ")
}`, stdout: "equal\n"},
		{code: `type myint int
func (m myint) foo() {}
type fooer interface{ foo() }
func same(i fooer, t myint) bool {
	switch i {
	case t:
		return true
	}
	return false
}
fmt.Println(same(myint(0), 0), same(myint(1), 0), same(nil, 0))`, stdout: "true false false\n"},
		{code: `switch b := any(true); {
case b:
	fmt.Println("true")
default:
	fmt.Println("default")
}`, stdout: "true\n"},
	})
}

// TestSelectLabeledBranches checks break and continue statements inside a
// select: labeled ones leave or continue the labeled loop around it, also
// from inside an if; a break inside an if leaves the select only; a break
// of the select's own label leaves the select.
func TestSelectLabeledBranches(t *testing.T) {
	s := newSession(t)
	checkCells(t, s, []cellCase{
		{code: `c := make(chan int, 3)
c <- 0; c <- 1; c <- 2
for i := 0; i < 3; i++ {
	select {
	case v := <-c:
		if v == 1 {
			break
		}
		fmt.Print("got ", v, "; ")
	}
	fmt.Print("turn ", i, "; ")
}
fmt.Println()`, stdout: "got 0; turn 0; turn 1; got 2; turn 2; \n"},
		{code: `jobs := make(chan int, 3)
done := make(chan bool, 1)
jobs <- 1; jobs <- 2; jobs <- 3
done <- true
sum, turns := 0, 0
loop:
	for {
		turns++
		select {
		case j := <-jobs:
			if j == 2 {
				continue loop
			}
			sum += j
		default:
			if len(done) > 0 {
				break loop
			}
		}
	}
fmt.Println(sum, turns)`, stdout: "4 4\n"},
		{code: `n := 0
S:
	select {
	default:
		if n == 0 {
			break S
		}
		n = 5
	}
fmt.Println(n)`, stdout: "0\n"},
	})
}

// TestSelectReceiveAssign checks select cases that receive into variables
// declared before the select, with and without ok, and into a pointer's
// target.
func TestSelectReceiveAssign(t *testing.T) {
	s := newSession(t)
	checkCells(t, s, []cellCase{
		{code: `var n int32
var ok bool
var s string
p := new(string)
c := make(chan int32, 1)
cs := make(chan string, 2)
c <- 234
cs <- "hi"; cs <- "there"
select {
case n = <-c:
default:
}
select {
case s, ok = <-cs:
}
select {
case *p = (<-cs):
}
close(c)
select {
case n, ok = <-c:
}
fmt.Println(s, *p, n, ok)`, stdout: "hi there 0 false\n"},
	})
}

// TestMakeNamedDirectedChannel checks make of a named type over a
// unidirectional channel type.
func TestMakeNamedDirectedChannel(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `type Recv <-chan int`)
	checkCells(t, s, []cellCase{
		{code: `r := make(Recv, 1)
fmt.Println(cap(r), len(r))`, stdout: "1 0\n"},
	})
}

// TestAssertionsAsPrintedArguments checks the rewritten assertions as
// operands of print, println and fmt's prints, whose arguments gopad
// rewrites too.
func TestAssertionsAsPrintedArguments(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import "fmt"
type Shape interface{ Area() float64 }
type Sq struct{ s float64 }
func (q Sq) Area() float64 { return q.s * q.s }
type F interface{ foo() }`)
	checkCells(t, s, []cellCase{
		{code: `var v any = Sq{2}
var x any = 6
var f F
fmt.Println(v.(Shape), x.(any))
print(x.(any) != nil, "\n")
_, ok := f.(fmt.Stringer)
fmt.Println(ok, fmt.Sprint(v.(Shape)))`, stdout: "{2} 6\ntrue\nfalse {2}\n"},
		{code: `func() {
	defer func() { fmt.Println(recover() != nil) }()
	var in any = 1
	println(in.(Shape))
}()`, stdout: "true\n"},
		{code: `var a, b any = Sq{1}, Sq{1}
println(a != b, a == b)`, stdout: "false true\n"},
	})
}

// TestLenOfArrayPointer checks len, cap and range of a pointer to an
// array, also a nil one, in a function: Go takes the length from the
// type. (A cell's top-level len(p) of a nil p, in a chunk without a range
// or another construct that has it type-checked, still fails loudly.)
func TestLenOfArrayPointer(t *testing.T) {
	s := newSession(t)
	checkCells(t, s, []cellCase{
		{code: `func walk() {
	var p *[10]int
	sum := 0
	for i := range p {
		sum += i
	}
	fmt.Println(len(p), cap(p), sum)
	q := &[3]string{"a", "b", "c"}
	for i := 0; i < len(q); i++ {
		fmt.Print(q[i])
	}
	fmt.Println()
	calls := 0
	mk := func() *[4]int { calls++; return new([4]int) }
	for i := range mk() {
		sum += i
	}
	fmt.Println(len(mk()), calls, sum)
}
walk()`, stdout: "10 10 45\nabc\n4 2 51\n"},
	})
}

// TestIndexNilArrayPointer checks that indexing a nil pointer to an array
// panics with Go's run-time error, which recover returns as a
// runtime.Error.
func TestIndexNilArrayPointer(t *testing.T) {
	s := newSession(t)
	checkCells(t, s, []cellCase{
		{code: `import "runtime"
func get(p *[10]int) (v int, msg string) {
	defer func() {
		r := recover()
		re, ok := r.(runtime.Error)
		if ok {
			msg = re.Error()
		}
	}()
	return p[1], ""
}
fmt.Println(get(nil))`, stdout: "0 runtime error: invalid memory address or nil pointer dereference\n"},
	})
}

// TestUnhashableMapKey checks the run-time error of a map key of a cell's
// struct type that cannot be hashed: Go names the type.
func TestUnhashableMapKey(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `type T struct {
	a, b int
	c    []int
}`)
	checkCells(t, s, []cellCase{
		{code: `func() {
	defer func() { r := recover(); _, ok := r.(error); fmt.Println(ok, r) }()
	var z interface{} = T{}
	m := make(map[interface{}]int)
	m[z] = 1
}()`, stdout: "true runtime error: hash of unhashable type main.T\n"},
	})
	res, _ := run(t, s, "var z interface{} = T{}\nm := map[interface{}]int{}\nm[z] = 1")
	if res.Err == nil || !strings.Contains(res.Err.Value, "runtime error: hash of unhashable type main.T") {
		t.Errorf("an unhashable key at the top level: %+v", res.Err)
	}
}
