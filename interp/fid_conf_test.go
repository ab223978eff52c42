package interp

import "testing"

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
