package interp

import (
	"strings"
	"testing"
)

// Classes found by Go's conformance programs (mostly test/typeparam), each
// checked as a small program a user could write.

// TestCommaOkMissIntoInterface checks a comma-ok map index or type
// assertion or receive assigned to an interface variable: on a miss the variable
// holds the zero value of the map's element (or the asserted type),
// converted, which is not a nil interface when that type is not an
// interface (gopad set the variable to nil, and a hit lost the value's
// type: Level(2) printed 2).
func TestCommaOkMissIntoInterface(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import "fmt"
type Level int
func (l Level) String() string { return fmt.Sprintf("L%d", int(l)) }`)
	checkCells(t, s, []cellCase{
		{code: `var s fmt.Stringer
var ok bool
levels := map[string]Level{"warn": 2}
s, ok = levels["debug"]
fmt.Println(s == nil, ok, s)
var x any = "text"
s, ok = x.(Level)
fmt.Println(s == nil, ok, s)`, stdout: "false false L0\nfalse false L0\n"},
		{code: `func lookup(m map[string]Level, k string) (v any) {
	var found bool
	if v, found = m[k]; !found {
		return v
	}
	return nil
}
fmt.Println(lookup(nil, "a"))`, stdout: "L0\n"},
		{code: `var seen any
var ok2 bool
for _, k := range []string{"warn", "none"} {
	seen, ok2 = levels[k]
	fmt.Println(seen, ok2)
}`, stdout: "L2 true\nL0 false\n"},
		{code: `updates := make(chan Level, 1)
updates <- 3
close(updates)
for i := 0; i < 2; i++ {
	seen, ok2 = <-updates
	fmt.Println(seen, ok2)
}`, stdout: "L3 true\nL0 false\n"},
	})
}

// TestGenericCodeInvalidWhenConcrete checks generic functions whose
// concrete copies for some type arguments hold what Go accepts only in
// generic code: an assertion or a type switch case that can never
// succeed, switch cases and map keys that become the same constant. Each
// runs as Go runs it (the impossible case is never taken, the later key
// overwrites the earlier one).
func TestGenericCodeInvalidWhenConcrete(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import "fmt"
type Animal interface{ Sound() string }
type Dog struct{ name string }
func (d Dog) Sound() string { return "woof" }
type Cat struct{ name string }
func (c Cat) Sound() string { return "meow" }
func OfKind[T any](xs []Animal) []T {
	var out []T
	for _, a := range xs {
		if t, ok := a.(T); ok {
			out = append(out, t)
		}
	}
	return out
}
func Kind[T any](a Animal) string {
	switch v := a.(type) {
	case T:
		return fmt.Sprint("wanted ", v)
	case Cat:
		return "cat " + v.name
	}
	return "other"
}
func Must[T any](a Animal) (t T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return a.(T), nil
}
func Zeroes[T ~int | ~float64]() map[any]string {
	return map[any]string{0: "untyped", T(0): "T"}
}
func Classify[T ~int | ~float64](v any) string {
	switch v {
	case 0:
		return "int zero"
	case T(0):
		return "T zero"
	}
	return "other"
}
var zoo = []Animal{Dog{"rex"}, Cat{"tom"}, Dog{"fido"}}`)
	checkCells(t, s, []cellCase{
		{code: `fmt.Println(OfKind[Dog](zoo), len(OfKind[string](zoo)))`, stdout: "[{rex} {fido}] 0\n"},
		{code: `fmt.Println(Kind[Dog](zoo[0]), Kind[string](zoo[1]), Kind[int](zoo[0]))`, stdout: "wanted {rex} cat tom other\n"},
		{code: `_, err := Must[string](zoo[0])
d, err2 := Must[Dog](zoo[2])
fmt.Println(err != nil, d, err2)`, stdout: "true {fido} <nil>\n"},
		{code: `fmt.Println(Zeroes[int](), Zeroes[float64]())`, stdout: "map[0:T] map[0:untyped 0:T]\n"},
		{code: `fmt.Println(Classify[int](0), Classify[float64](0.0), Classify[float64](1))`, stdout: "int zero T zero other\n"},
	})
}

// TestBlankTypeDeclarations checks types named _ (Go checks them and
// nothing can use them): the cell runs, at the top level, in a group and
// inside a function (yaegi failed with "cannot use _ as value").
func TestBlankTypeDeclarations(t *testing.T) {
	s := newSession(t)
	checkCells(t, s, []cellCase{
		{code: `import "fmt"
type _[T comparable] struct{ seen map[T]bool }
type (
	_       int
	Celsius float64
)
func show(c Celsius) string {
	type _ struct{}
	return fmt.Sprintf("%.1f°C", float64(c))
}`},
		{code: `type _ = Celsius
fmt.Println(show(21.5))`, stdout: "21.5°C\n"},
	})
}

// TestEncodingGenericTypes checks encoding/xml and encoding/json on
// instances of generic types: xml names the element by the type (Pair,
// not the concrete copy gopad runs), json's errors name the instance as
// Go does (Pair[string,int]), in one cell and across cells.
func TestEncodingGenericTypes(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import ("encoding/json"; "encoding/xml"; "fmt")
type Pair[K comparable, V any] struct {
	Key   K `+"`xml:\"key\" json:\"key\"`"+`
	Value V `+"`xml:\"value\" json:\"value\"`"+`
}
type Page[T any] struct {
	Items []T `+"`xml:\"item\"`"+`
	Total int `+"`xml:\"total,attr\"`"+`
}`)
	checkCells(t, s, []cellCase{
		{code: `p := Pair[string, int]{"apples", 3}
b, _ := xml.Marshal(p)
fmt.Println(string(b))`, stdout: "<Pair><key>apples</key><value>3</value></Pair>\n"},
		{code: `b, _ = xml.Marshal(&Page[Pair[string, int]]{Items: []Pair[string, int]{p}, Total: 1})
fmt.Println(string(b))`, stdout: `<Page total="1"><item><key>apples</key><value>3</value></item></Page>` + "\n"},
		{code: `var q Pair[string, int]
fmt.Println(json.Unmarshal([]byte(` + "`" + `{"key":"x","value":"oops"}` + "`" + `), &q))`,
			stdout: "json: cannot unmarshal string into Go struct field Pair[string,int].value of type int\n"},
	})
}

// TestLiteralIntoInterfaceFieldOrElement checks a struct literal assigned
// to a field, a slice element or a map entry of an interface type (the
// strategy of a config, a slot of shapes): yaegi panicked in reflect.Set
// ("interp.valueInterface is not assignable").
func TestLiteralIntoInterfaceFieldOrElement(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import "fmt"
type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }
func (r Rect) Area() float64 { return r.W * r.H }
type Empty struct{}
func (Empty) Area() float64 { return 0 }
type Canvas struct {
	main  Shape
	slots []Shape
}`)
	checkCells(t, s, []cellCase{
		{code: `var c Canvas
c.main = Rect{2, 3}
c.slots = make([]Shape, 2)
c.slots[0] = Rect{1, 1}
c.slots[1] = Empty{}
named := map[string]Shape{}
named["big"] = Rect{10, 10}
p := &c
p.main = Rect{4, 4}
fmt.Println(c.main.Area(), c.slots[0].Area(), c.slots[1].Area(), named["big"].Area())`, stdout: "16 1 0 100\n"},
	})
}

// TestExplicitConversionToCellInterface checks I(v) of a value of a cell
// type: a type switch or an assertion on the result finds v's type, also
// for a struct type without fields (a type switch missed it, silently
// taking the default case).
func TestExplicitConversionToCellInterface(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import "fmt"
type State interface{ Name() string }
type Idle struct{}
func (Idle) Name() string { return "idle" }
type Busy struct{ job string }
func (b Busy) Name() string { return "busy:" + b.job }
func describe(s State) string {
	switch s.(type) {
	case Idle:
		return "waiting"
	case Busy:
		return "working"
	}
	return "unknown"
}`)
	checkCells(t, s, []cellCase{
		{code: `states := []State{State(Idle{}), State(Busy{"build"})}
for _, st := range states {
	_, idle := st.(Idle)
	fmt.Println(describe(st), idle, st.Name())
}
fmt.Println(describe(State(Idle{})))`, stdout: "waiting true idle\nworking false busy:build\nwaiting\n"},
		{code: `type Code int
func (Code) Name() string { return "code" }
type Named interface{ Name() string }
c := Code(7)
switch State(c) {
case Named(c):
	fmt.Println("same")
default:
	fmt.Println("different")
}`, stdout: "same\n"},
	})
}

// TestCompareKeptBasicTypesInAny checks == and != of empty interfaces
// holding a cell's type over a basic type with methods (an enum with a
// String method): x == Red for x := any(Red) was false, and so was
// comparing two such interfaces holding the same value.
func TestCompareKeptBasicTypesInAny(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import "fmt"
type Color int
const (
	Red Color = iota
	Green
)
func (c Color) String() string { return [...]string{"red", "green"}[c] }
type Level uint16
func (Level) Method() {}
var saved any = Level(1)`)
	checkCells(t, s, []cellCase{
		{code: `var x any = Red
var y any = Red
fmt.Println(x == Red, x == y, x == Green, x != any(0))`, stdout: "true true false true\n"},
		{code: `l := Level(1)
a := any(Level(1))
fmt.Println(l == saved, l != saved, a == saved)`, stdout: "true false true\n"},
	})
}

// TestEmbeddedAliasOfGenericInstance checks struct fields embedded through
// an alias of a generic instance (type Eint = E[int]; struct{ Eint }):
// Go names the field after the alias, so two such aliases of one generic
// type are two fields (gopad wrote both as E[int]: "duplicate field E"),
// their methods and fields are promoted, and %+v names the alias's field
// as written (also for a variable of the alias's type).
func TestEmbeddedAliasOfGenericInstance(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import "fmt"
type E[T any] struct{ v T }
func (e E[T]) Get() T { return e.v }
type Eint = E[int]
type Ebool = E[bool]`)
	checkCells(t, s, []cellCase{
		{code: `x := E[int]{1}
var y Eint
fmt.Printf("%T %+v %+v\n", x, x, y)`, stdout: "main.E[int] {v:1} {v:0}\n"},
		{code: `type S struct {
	Eint
	*Ebool
	w string
}`},
		{code: `s := S{Eint{3}, &Ebool{true}, "a"}
fmt.Println(s.Get(), s.Eint.v, s.Ebool.v, s.Ebool.Get())
s.Eint = x
fmt.Printf("%+v %T %v\n", s.Eint, s.Eint, s.v)`, stdout: "3 3 true true\n{v:1} main.E[int] 1\n"},
	})
}

// TestUnnamedGenericReceivers checks methods of generic types whose
// receiver has no name (func (*Box[T]) Reset()): yaegi panicked on any use
// of the type ("index out of range [1] with length 1"), also promoted
// through an embedding generic struct.
func TestUnnamedGenericReceivers(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import "fmt"
type Box[T any] struct{ v T }
func (*Box[T]) Kind() string { return "box" }
func (Box[T]) Zero() T { var z T; return z }
type Pair[K comparable, V any] struct{ k K; v V }
func (Pair[K, V]) Len() int { return 2 }
type Crate[T any] struct{ Box[T] }`)
	checkCells(t, s, []cellCase{
		{code: `b := &Box[int]{v: 4}
fmt.Println(b.Kind(), b.Zero(), Pair[string, int]{}.Len())`, stdout: "box 0 2\n"},
		{code: `var c Crate[string]
fmt.Printf("%s %q %s\n", c.Kind(), c.Zero(), c.Box.Kind())`, stdout: "box \"\" box\n"},
	})
}

// TestLocalGenericTypes checks generic types declared in a function's body
// (Go 1.26): yaegi has none ("type definition not implemented:
// fieldList"). One whose name is free at the package level runs as Go
// runs it, also when its cell runs again; one whose name another
// function declares too is refused with the construct named.
func TestLocalGenericTypes(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, `import ("fmt"; "reflect")`)
	first := `func one() any {
	type Pair[K comparable, V any] struct{ k K; v V }
	p := Pair[string, int]{"a", 1}
	fmt.Printf("%v %+v %T\n", p, p, p)
	return p
}`
	checkCells(t, s, []cellCase{
		{code: first},
		{code: `x := one()
fmt.Println(reflect.TypeOf(x).String())`, stdout: "{a 1} {k:a v:1} main.Pair[string,int]\nmain.Pair[string,int]\n"},
		{code: first},
		{code: `func main() {
	type Box[T any] []T
	b := Box[int]{1, 2}
	fmt.Println(len(b), b)
}
main()`, stdout: "2 [1 2]\n"},
	})
	res, _ := run(t, s, `func two() any { type T[_ any] int; return T[int](0) }
func three() any { type T[_ any] int; return T[int](0) }`)
	if res.Err == nil || !strings.Contains(res.Err.Value, "the generic type T is declared inside a function") {
		t.Errorf("two local generic types named T: got %+v, want gopad's refusal", res.Err)
	}
	res, _ = run(t, s, `f := func() { type B[T any] []T; fmt.Println(B[int]{1}) }
f()`)
	if res.Err == nil || !strings.Contains(res.Err.Value, "the generic type B is declared inside a function") {
		t.Errorf("a generic type in a function literal: got %+v, want gopad's refusal", res.Err)
	}
}
