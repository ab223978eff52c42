package interp

import "testing"

// outside10Programs are the class programs of the outside10 stop
// (programs other people wrote, o10_ in the corpus), each run whole and
// split (runFidPrograms).
var outside10Programs = []fidProgram{
	// reflect's type of a pointer to a cell's type over a basic type
	// (*Number for type Number int): held in a cell's interface it
	// printed *int (o10_pudongping/interface_assign), taken directly it
	// was refused; it is *main.Number, whose Elem is main.Number, also in
	// a loop over an interface slice (where callbackResults' wrapper and
	// the naming helper must nest) and held in a fmt.Stringer.
	{name: "reflect_nameless_pointer", src: `package main

import (
	"fmt"
	"reflect"
)

type Number int

func (n Number) Equal(i int) bool { return int(n) == i }
func (n *Number) Add(i int)      { *n += Number(i) }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type Eq interface{ Equal(i int) bool }

type Adder interface {
	Equal(i int) bool
	Add(i int)
}

func show(e Eq) {
	fmt.Println("show:", reflect.TypeOf(e))
}

func main() {
	var n Number = 1
	var a Adder = &n
	if e, ok := a.(Eq); ok {
		fmt.Println(e.Equal(1), reflect.TypeOf(e))
	}
	t := reflect.TypeOf(&n)
	fmt.Println(t, t.Kind(), t.Elem(), t.Elem().Name(), t.Name() == "")
	fmt.Println(reflect.ValueOf(a).Type())
	show(&n)
	show(n)

	for _, x := range []Eq{n, &n} {
		fmt.Println(reflect.TypeOf(x))
	}

	c := Celsius(2)
	var s fmt.Stringer = &c
	fmt.Println(reflect.TypeOf(s), reflect.TypeOf(s).Elem(), reflect.TypeOf(s).Elem().Name())
	f := 1.5
	var x any = &f
	fmt.Println(reflect.TypeOf(x), reflect.TypeOf(&f))
}
`, want: `true *main.Number
*main.Number ptr main.Number Number true
*main.Number
show: *main.Number
show: main.Number
main.Number
*main.Number
*main.Celsius main.Celsius Celsius
*float64 *float64
`},
	// reflect.TypeOf of a value held in an interface of the standard
	// library's (a fmt.Stringer, an error) named yaegi's wrapper of a
	// cell's value, stdlib._fmt_StringerS, in both forms (found probing
	// around o10_pudongping/interface_assign): it is the cell's type, a
	// struct, a type over a basic type or a pointer to either; a value of
	// a compiled type (*errors.errorString) is unchanged.
	{name: "reflect_type_in_compiled_iface", src: `package main

import (
	"errors"
	"fmt"
	"reflect"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type P struct{ X int }

func (p P) String() string { return "P" }

type E struct{ Code int }

func (e E) Error() string { return "E" }

func describe(s fmt.Stringer) {
	t := reflect.TypeOf(s)
	fmt.Println(t, t.Kind(), s)
}

func main() {
	c := Celsius(2)
	describe(c)
	describe(&c)
	describe(P{1})
	describe(&P{1})
	var cs fmt.Stringer = c
	fmt.Println(reflect.TypeOf(cs).Kind())

	var s fmt.Stringer = P{2}
	fmt.Println(reflect.TypeOf(s), reflect.TypeOf(s).Name(), reflect.TypeOf(s).NumField())

	var err error = E{3}
	fmt.Println(reflect.TypeOf(err), reflect.TypeOf(err).Name())
	err = &E{4}
	fmt.Println(reflect.TypeOf(err), reflect.TypeOf(err).Elem().Name())
	err = errors.New("plain")
	fmt.Println(reflect.TypeOf(err))
}
`, want: `main.Celsius float64 2.0C
*main.Celsius ptr 2.0C
main.P struct P
*main.P ptr P
float64
main.P P 1
main.E E
*main.E E
*errors.errorString
`},
	// %T of an any (or a cell's interface) holding a pointer to a cell's
	// type over a basic type printed the pointer to the basic type
	// (*int for a *Number, found probing around
	// o10_pudongping/interface_assign): the type switch gopad writes for
	// %T has a case for the pointer too; a *int stays *int.
	{name: "type_verb_nameless_pointer", src: `package main

import "fmt"

type Number int

func (n Number) Equal(i int) bool { return int(n) == i }
func (n *Number) Add(i int)      { *n += Number(i) }

type Eq interface{ Equal(i int) bool }

func showT(x any) { fmt.Printf("%T\n", x) }

func main() {
	n := Number(1)
	showT(&n)
	showT(n)
	i := 2
	showT(&i)
	var e Eq = &n
	fmt.Printf("%T %v\n", e, e.Equal(1))
	xs := []any{n, &n, &i}
	for _, x := range xs {
		fmt.Printf("%T ", x)
	}
	fmt.Println()
}
`, want: `*main.Number
main.Number
*int
*main.Number true
main.Number *main.Number *int 
`},
	// runtime.FuncForPC of an interpreted function value, or of a pc
	// runtime.Caller gives in a cell, named the interpreter's own code
	// (reflect.makeFuncStub, reflect.Value.Call) where Go names the cell's
	// function (o10_zhouchaowen/function_wrapper_names printed
	// reflect.makeFuncStub for main.main.logWrapper.func1): it stops the
	// cell instead, after what the program printed before; a compiled
	// function (strings.ToUpper) keeps its name.
	{name: "func_for_pc_interpreted", src: `package main

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"
)

func name(f any) string {
	return runtime.FuncForPC(reflect.ValueOf(f).Pointer()).Name()
}

func main() {
	fmt.Println(name(strings.ToUpper))
	double := func(x int) int { return 2 * x }
	fmt.Println(double(2))
	fmt.Println(name(double))
}
`, want: "strings.ToUpper\n4\nmain.main.func1\n", refusal: "gopad cannot give runtime.FuncForPC"},
}

func TestOutside10Programs(t *testing.T) { runFidPrograms(t, outside10Programs) }
