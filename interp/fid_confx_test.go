package interp

import (
	"strings"
	"testing"
)

// reflect sees the methods of the cells' types as Go's reflect does, by
// every spelling: calls on reflect.Type and reflect.Value, method
// expressions (reflect.Type.Method), a reflect.Type held in an interface
// of the program's, types over basic types (type Weekday int), sorted by
// name, exported only; Method(i).Func takes the receiver first and
// Value.Method(i) is bound.

// A type over int: reflect.TypeOf(v).Method(0).Func and
// reflect.ValueOf(v).Method(0) call its method (reflect said "Method index
// out of range": yaegi's run-time type is int's).
func TestFidConfxNamedIntMethods(t *testing.T) {
	code := `import (
	"fmt"
	"reflect"
)

type Weekday int

func (d Weekday) Weekend() bool { return d == 0 || d == 6 }
func (d Weekday) Next() Weekday { return (d + 1) % 7 }
func (d Weekday) hidden() {}

func main() {
	d := Weekday(6)
	t := reflect.TypeOf(d)
	fmt.Println(t.NumMethod(), t.Method(0).Name, t.Method(1).Name, t.Method(1).Type)
	fmt.Println(t.Method(1).Func.Call([]reflect.Value{reflect.ValueOf(d)})[0].Bool())
	fmt.Println(t.Method(1).Func.Interface().(func(Weekday) bool)(d))
	v := reflect.ValueOf(d)
	fmt.Println(v.NumMethod(), v.Method(1).Interface().(func() bool)(), v.MethodByName("Weekend").Call(nil)[0].Bool())
	_, ok := t.MethodByName("hidden")
	fmt.Println(ok)
}
main()
`
	want := "2 Next Weekend func(main.Weekday) bool\ntrue\ntrue\n2 true true\nfalse\n"
	if got := runWhole(t, code); got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
}

// Method expressions of reflect.Type and reflect.Value, and a reflect.Type
// in an interface of the program's, answer with the cell's methods.
func TestFidConfxMethodSpellings(t *testing.T) {
	code := `import (
	"fmt"
	"reflect"
)

type Robot struct{ x int }

func (r *Robot) Right() { r.x++ }
func (r *Robot) Left()  { r.x-- }

type finder interface {
	MethodByName(string) (reflect.Method, bool)
	NumMethod() int
}

var byName = reflect.Type.MethodByName
var method = reflect.Type.Method
var count = reflect.Value.NumMethod

func main() {
	r := &Robot{}
	var f finder = reflect.TypeOf(r)
	m, ok := f.MethodByName("Right")
	fmt.Println(f.NumMethod(), count(reflect.ValueOf(r)), m.Name, ok, m.Index)
	m.Func.Call([]reflect.Value{reflect.ValueOf(r)})
	m, _ = byName(reflect.TypeOf(r), "Right")
	m.Func.Interface().(func(*Robot))(r)
	fmt.Println(method(reflect.TypeOf(r), 0).Name, r.x)
	nm := reflect.TypeOf(r).NumMethod
	fmt.Println(nm())
}
main()
`
	want := "2 2 Right true 1\nLeft 2\n2\n"
	if got := runWhole(t, code); got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
}

// Method(i).Type names the receiver and the cells' types as Go does
// (it printed yaegi's struct type), and the value type's method set
// leaves out the methods declared on the pointer.
func TestFidConfxMethodTypes(t *testing.T) {
	code := `import (
	"fmt"
	"reflect"
)

type Args struct{ A, B int }

type Account struct{ n int }

func (a Account) Balance() int                   { return a.n }
func (a *Account) Apply(x Args, more ...any) error { return nil }

func main() {
	for _, t := range []reflect.Type{reflect.TypeOf(Account{}), reflect.TypeOf(&Account{})} {
		for i := 0; i < t.NumMethod(); i++ {
			fmt.Println(t, t.Method(i).Name, t.Method(i).Type)
		}
	}
}
main()
`
	want := "main.Account Balance func(main.Account) int\n" +
		"*main.Account Apply func(*main.Account, main.Args, ...interface {}) error\n" +
		"*main.Account Balance func(*main.Account) int\n"
	if got := runWhole(t, code); got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
}

// A cell's interface type lists its methods (Method said "index out of
// range").
func TestFidConfxInterfaceMethods(t *testing.T) {
	code := `import (
	"fmt"
	"reflect"
)

type Store interface {
	Get(key string) (any, bool)
	Close() error
}

func main() {
	t := reflect.TypeOf((*Store)(nil)).Elem()
	for i := 0; i < t.NumMethod(); i++ {
		fmt.Println(t.Method(i).Name, t.Method(i).Type)
	}
	m, ok := t.MethodByName("Get")
	fmt.Println(m.Index, ok)
}
main()
`
	want := "Close func() error\nGet func(string) (interface {}, bool)\n1 true\n"
	if got := runWhole(t, code); got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
}

// reflect.PointerTo of a type over a basic type has the methods of *T
// and names it (conformance reflectmethod7.go); a value whose type over
// a basic type gopad cannot tell (it went through a slice of any) is
// refused with the type named, not answered "no methods".
func TestFidConfxPointerAndLostNamedType(t *testing.T) {
	s := newSession(t)
	code := `import (
	"fmt"
	"reflect"
)

type S int

func (s S) M() { fmt.Println("M called") }

func main() {
	t := reflect.TypeOf(S(0))
	p := reflect.PointerTo(t)
	fn, ok := p.MethodByName("M")
	fmt.Println(ok, p, p.Elem() == t, p.NumMethod(), fn.Type)
	fn.Func.Call([]reflect.Value{reflect.New(t)})
	vals := []any{S(1)}
	fmt.Println(reflect.ValueOf(vals[0]).NumMethod())
}
main()
`
	res, rec := run(t, s, code)
	want := "true *main.S true 1 func(*main.S)\nM called\n"
	if rec.out() != want || res.Err == nil || !strings.Contains(res.Err.Value, "main.S no run-time type of its own") {
		t.Fatalf("got %q %+v, want %q and a refusal naming main.S", rec.out(), res.Err, want)
	}
}

// A reflect.Type in an interface of the program's that asks for names
// gives the cell's names (Name was "": yaegi's struct type has none); a
// method expression of reflect.Type works in a session without types.
func TestFidConfxHeldTypeNames(t *testing.T) {
	s := newSession(t)
	res, rec := run(t, s, "import (\n\t\"fmt\"\n\t\"reflect\"\n)\nh := reflect.Type.NumMethod\nfmt.Println(h(reflect.TypeOf(3)), h(reflect.TypeOf(&strings.Builder{})) > 5)")
	if res.Err != nil || rec.out() != "0 true\n" {
		t.Fatalf("got %v %q, want \"0 true\\n\"", res.Err, rec.out())
	}
	code := `type namer interface {
	Name() string
	String() string
}

type User struct{ ID int }

func (u User) Hello() {}

var n namer = reflect.TypeOf(User{})
fmt.Println(n.Name(), n, n.(reflect.Type).NumMethod())
`
	res, rec = run(t, s, code)
	if res.Err != nil || rec.out() != "User main.User 1\n" {
		t.Fatalf("got %v %q, want \"User main.User 1\\n\"", res.Err, rec.out())
	}
}

// A cell's variable initialized with an element of a compiled call's
// result (out := m.Call(nil)[0], w := strings.Fields(s)[0]) is defined:
// yaegi failed on it at the top level ("constant definition loop").
func TestFidConfxCompiledCallElement(t *testing.T) {
	s := newSession(t)
	for _, c := range []struct{ code, want string }{
		{"import (\n\t\"fmt\"\n\t\"reflect\"\n\t\"strings\"\n)", ""},
		{"w := strings.Fields(\"a b\")[1]\nout := reflect.ValueOf(strings.ToUpper).Call([]reflect.Value{reflect.ValueOf(w)})[0]\nfmt.Println(w, out)", "b B\n"},
		{"var first = strings.Split(\"x,y\", \",\")[0]", ""},
		{"fmt.Println(first)", "x\n"},
	} {
		res, rec := run(t, s, c.code)
		if res.Err != nil || rec.out() != c.want {
			t.Fatalf("%s: got %v %q, want %q", c.code, res.Err, rec.out(), c.want)
		}
	}
}

// A method whose result is a cell's type over a basic type with a String
// method, called through reflect, stops the cell naming the method: the
// bare int it would hand back prints without String ("6" for "Sat").
func TestFidConfxLostResultRefused(t *testing.T) {
	s := newSession(t)
	code := `import (
	"fmt"
	"reflect"
)

type Weekday int

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d] }
func (d Weekday) Next() Weekday  { return (d + 1) % 7 }

type Points int

type Player struct{ p int }

func (p Player) Score() Points { return Points(p.p) }

func main() {
	fmt.Println(reflect.ValueOf(Player{7}).MethodByName("Score").Call(nil)[0].Int())
	fmt.Println(reflect.ValueOf(Weekday(5)).MethodByName("Next").Call(nil)[0].Interface())
}
main()
`
	res, rec := run(t, s, code)
	if rec.out() != "7\n" || res.Err == nil || !strings.Contains(res.Err.Value, "cannot call main.Weekday.Next through reflect") {
		t.Fatalf("got %q %+v, want 7 and a refusal naming main.Weekday.Next", rec.out(), res.Err)
	}
}

// Method values of reflect.Value (not called where written) answer with
// the cell's methods too.
func TestFidConfxValueMethodValues(t *testing.T) {
	code := `import (
	"fmt"
	"reflect"
)

type Robot struct{ x int }

func (r Robot) Beep() string { return "beep" }

func main() {
	byName := reflect.ValueOf(Robot{}).MethodByName
	count := reflect.ValueOf(Robot{}).NumMethod
	fmt.Println(count(), byName("Beep").Call(nil)[0])
}
main()
`
	if got, want := runWhole(t, code), "1 beep\n"; got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
}

// A variable of a type over a basic type stored in an interface (an
// assignment, a slice or map of any, a channel, an argument) keeps the
// value it had: yaegi's interface held the variable itself, and a later
// assignment showed through it (conformance ken/interbasic.go).
func TestFidConfxNamedBasicCopiedIntoInterface(t *testing.T) {
	code := `import "fmt"

type myint int
type Name string

var keep []any

func store(v any) { keep = append(keep, v) }

func main() {
	var ia, ib any
	var i myint
	i = 1
	ia = i
	ib = i
	i = 2
	ia = i
	fmt.Println(ia, ib, ia == ib)
	n := Name("a")
	xs := []any{n}
	m := map[string]any{"k": n}
	store(n)
	ch := make(chan any, 1)
	ch <- n
	n = "b"
	fmt.Println(xs, m, keep, <-ch)
}
main()
`
	if got, want := runWhole(t, code), "2 1 false\n[a] map[k:a] [a] a\n"; got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
}

// A struct type's method set has the methods its embedded fields promote,
// of cells' types and of compiled ones (sync.Mutex), as reflect lists
// them in Go; a named field promotes none.
func TestFidConfxPromotedMethods(t *testing.T) {
	code := `import (
	"fmt"
	"reflect"
	"sync"
)

type Base struct{ ID int }

func (b Base) Hello() string { return "hi" }
func (b *Base) Set(n int)    { b.ID = n }

type Derived struct {
	Base
	sync.Mutex
	Name string
}

func (d Derived) Own() {}

type Plain struct{ Base Base }

func main() {
	d := &Derived{}
	t := reflect.TypeOf(d)
	for i := 0; i < t.NumMethod(); i++ {
		fmt.Println(t.Method(i).Name, t.Method(i).Type)
	}
	reflect.ValueOf(d).MethodByName("Set").Call([]reflect.Value{reflect.ValueOf(7)})
	fmt.Println(d.ID, reflect.TypeOf(Derived{}).NumMethod(), reflect.TypeOf(Plain{}).NumMethod())
}
main()
`
	want := "Hello func(*main.Derived) string\nLock func(*main.Derived)\nOwn func(*main.Derived)\nSet func(*main.Derived, int)\n" +
		"TryLock func(*main.Derived) bool\nUnlock func(*main.Derived)\n7 2 0\n"
	if got := runWhole(t, code); got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
}
