package interp

import (
	"strings"
	"testing"
)

// probemCells runs cells in one session and returns what they printed,
// failing the test on a cell's error.
func probemCells(t *testing.T, cells ...string) string {
	t.Helper()
	s := newSession(t)
	var out strings.Builder
	for _, code := range cells {
		res, rec := run(t, s, code)
		if res.Err != nil {
			t.Fatalf("%q: %s: %s\noutput: %q", code, res.Err.Name, res.Err.Value, rec.out())
		}
		out.WriteString(rec.out())
	}
	return out.String()
}

// A struct that gets an interface's methods from an embedded interface
// field (a decorator: type logged struct{ Repo }) can be asserted back
// from that interface, as a pointer or a value, in one cell and across
// cells; yaegi's check refused the program ("impossible type assertion:
// *main.logged does not implement main.Reader (missing Get method)").
func TestFidProbemAssertEmbeddedInterface(t *testing.T) {
	decls := []string{
		"import \"fmt\"",
		"type Reader interface{ Get() int }",
		"type Writer interface{ Put(int) }",
		"type Repo interface {\n\tReader\n\tWriter\n}",
		"type mem struct{ v int }",
		"func (m *mem) Get() int  { return m.v }\nfunc (m *mem) Put(v int) { m.v = v }",
		"type logged struct {\n\tRepo\n\tn int\n}",
	}
	body := "l := &logged{Repo: &mem{}, n: 7}\nl.Put(3)\nvar r Reader = l\n" +
		"_, isW := r.(Writer)\np, ok := r.(*logged)\nfmt.Println(r.Get(), isW, p.n, ok)\n" +
		"v, ok := r.(logged)\nfmt.Println(v.n, ok)\n" +
		"var r2 Reader = *l\nswitch x := r2.(type) {\ncase *logged:\n\tfmt.Println(\"ptr\", x.n)\ncase logged:\n\tfmt.Println(\"val\", x.n, x.Get())\n}\n" +
		"fmt.Println(r2.(logged).n)"
	want := "3 true 7 true\n0 false\nval 7 3\n7\n"
	t.Run("one cell", func(t *testing.T) {
		code := strings.Join(decls, "\n") + "\nfunc main() {\n" + body + "\n}\nmain()"
		if got := probemCells(t, code); got != want {
			t.Errorf("printed %q, want %q", got, want)
		}
	})
	t.Run("cell by cell", func(t *testing.T) {
		if got := probemCells(t, append(decls, body)...); got != want {
			t.Errorf("printed %q, want %q", got, want)
		}
	})
}

// A failed type assertion of a cell's struct types, recovered or not,
// names the types as Go does (main.Sq, *main.Sq), not by the struct
// types yaegi builds for them (struct { Xs float64 "gopad:\"Sq\"" }).
func TestFidProbemFailedAssertNames(t *testing.T) {
	decls := "import \"fmt\"\n" +
		"type Sq struct{ s float64 }\n" +
		"type Tagged struct {\n\tName string `json:\"name\"`\n\tIn   Sq\n}\n" +
		"func try(f func()) {\n\tdefer func() { fmt.Println(recover()) }()\n\tf()\n}\n"
	body := "var a any = Sq{2}\n" +
		"try(func() { _ = a.(*Sq) })\n" +
		"try(func() { _ = a.(Tagged) })\n" +
		"var b any = &Tagged{}\n" +
		"try(func() { _ = b.(struct{ S float64 }) })\n" +
		"try(func() { _ = b.(Sq) })\n"
	want := "interface conversion: interface {} is main.Sq, not *main.Sq\n" +
		"interface conversion: interface {} is main.Sq, not main.Tagged\n" +
		"interface conversion: interface {} is *main.Tagged, not struct { S float64 }\n" +
		"interface conversion: interface {} is *main.Tagged, not main.Sq\n"
	if got := probemCells(t, decls, body); got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
	s := newSession(t)
	run(t, s, decls)
	res, _ := run(t, s, "var c any = Sq{1}\n_ = c.(Tagged)")
	if res.Err == nil || res.Err.Value != "interface conversion: interface {} is main.Sq, not main.Tagged" {
		t.Errorf("uncaught: got %+v, want Go's interface conversion text", res.Err)
	}
}

// A function or method declared before the cell that gives a type its
// String (or Error) method prints values of the type with that method, as
// go run does, where it printed the bare struct ({5 EUR}). A value kept
// in a variable before that cell keeps its value.
func TestFidProbemLaterStringMethod(t *testing.T) {
	s := newSession(t)
	cells := []struct{ code, want string }{
		{"import (\n\t\"errors\"\n\t\"fmt\"\n)", ""},
		{"type Money struct {\n\tAmount   int64\n\tCurrency string\n}", ""},
		{"func (m Money) Describe() string { return fmt.Sprintf(\"money %v\", m) }", ""},
		{"func show(m Money) {\n\tfmt.Println(m)\n\tfmt.Printf(\"%v|%s|%d\\n\", m, m, m.Amount)\n}", ""},
		{"type Shape interface{ Area() float64 }\nfunc describe(s Shape) string { return fmt.Sprint(s, \" has area \", s.Area()) }", ""},
		{"type NotFound struct{ Key string }\nfunc find(k string) error { return fmt.Errorf(\"find: %w\", NotFound{k}) }", ""},
		{"kept := Money{7, \"USD\"}\nshow(kept)", "{7 USD}\n{7 USD}|{%!s(int64=7) USD}|7\n"},
		{"func (m Money) String() string { return fmt.Sprintf(\"%d %s\", m.Amount, m.Currency) }", ""},
		{"type Sq struct{ S float64 }\nfunc (q Sq) Area() float64 { return q.S * q.S }\nfunc (q Sq) String() string { return fmt.Sprintf(\"Sq(%g)\", q.S) }", ""},
		{"func (e NotFound) Error() string { return e.Key + \" not found\" }", ""},
		{"m := Money{5, \"EUR\"}\nfmt.Println(m.Describe())\nshow(m)\nshow(kept)\nfmt.Println(describe(Sq{2}))\nerr := find(\"k\")\nvar nf NotFound\nfmt.Println(err, errors.As(err, &nf))",
			"money 5 EUR\n5 EUR\n5 EUR|5 EUR|5\n7 USD\n7 USD|7 USD|7\nSq(2) has area 4\nfind: k not found true\n"},
	}
	for _, c := range cells {
		res, rec := run(t, s, c.code)
		if res.Err != nil {
			t.Fatalf("%q: %s: %s", c.code, res.Err.Name, res.Err.Value)
		}
		if got := rec.out(); got != c.want {
			t.Errorf("%q printed %q, want %q", c.code, got, c.want)
		}
	}
}

// A map of funcs taking the struct that holds the map, in a struct that
// embeds another (an op table: type Machine struct{ Stack; ops
// map[string]func(*Machine) error }), runs whether the map is filled in a
// composite literal or by assignment (rewrite/selffuncfields.go); it was
// refused, and before that ended in reflect's panic ("reflect.Set: value
// of type ... unsafe2.dummy ...").
func TestFidProbemSelfFuncTableRefused(t *testing.T) {
	decls := "import \"fmt\"\n" +
		"type Stack struct{ data []float64 }\n" +
		"func (s *Stack) Push(v float64) { s.data = append(s.data, v) }\n" +
		"type Machine struct {\n\tStack\n\tops map[string]func(*Machine) error\n}\n"
	for _, body := range []string{
		"m := &Machine{ops: map[string]func(*Machine) error{}}\nm.ops[\"one\"] = func(m *Machine) error { m.Push(1); return nil }\nfmt.Println(m.ops[\"one\"](m), m.data)",
		"m := &Machine{}\nm.ops = map[string]func(*Machine) error{\"one\": func(m *Machine) error { m.Push(1); return nil }}\nfmt.Println(m.ops[\"one\"](m), m.data)",
	} {
		code := decls + "func main() {\n" + body + "\n}\nmain()"
		s := newSession(t)
		res, rec := run(t, s, code)
		if res.Err != nil {
			t.Errorf("stopped: %s (printed %q)", res.Err.Value, rec.out())
			continue
		}
		if got := rec.out(); got != "<nil> [1]\n" {
			t.Errorf("printed %q, want %q", got, "<nil> [1]\n")
		}
	}
}

// The same when the type had String before: a later method that makes it
// implement the interface an earlier function prints (Area after String)
// brings that function up to date.
func TestFidProbemLaterMethodOfStringer(t *testing.T) {
	got := probemCells(t,
		"import \"fmt\"",
		"type Shape interface{ Area() float64 }",
		"func show(s Shape) { fmt.Println(s, s.Area()) }",
		"type Sq struct{ S float64 }",
		"func (q Sq) String() string { return fmt.Sprintf(\"Sq(%g)\", q.S) }",
		"func (q Sq) Area() float64 { return q.S * q.S }",
		"show(Sq{2})")
	if want := "Sq(2) 4\n"; got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
}

// A rebuild of the session (a type declared again, or a later String that
// recompiles earlier functions) keeps the variables of type error or any
// that hold compiled values: a sentinel error keeps its identity, so
// errors.Is still finds it in an error made before; they were reset, and a
// statement's err was gone. A variable holding a value of a cell type is
// not kept from the old interpreter: its declaration runs again.
func TestFidProbemRebuildKeepsCompiledErrors(t *testing.T) {
	s := newSession(t)
	for _, code := range []string{
		"import (\n\t\"errors\"\n\t\"fmt\"\n)",
		"type MyErr struct{ Code int }\nfunc (e MyErr) Error() string { return fmt.Sprint(\"code \", e.Code) }",
		"var ErrX = errors.New(\"x\")",
		"type T struct{ A int }",
		"err := fmt.Errorf(\"w: %w\", ErrX)\nvar none error\nvar mine error = MyErr{1}",
		"type T struct{ A, B int }",
	} {
		if res, _ := run(t, s, code); res.Err != nil {
			t.Fatalf("%q: %s: %s", code, res.Err.Name, res.Err.Value)
		}
	}
	res, rec := run(t, s, "fmt.Println(errors.Is(err, ErrX), none == nil, err)")
	if res.Err != nil || rec.out() != "true true w: x\n" {
		t.Errorf("after the rebuild: printed %q (error %v), want %q", rec.out(), res.Err, "true true w: x\n")
	}
	if res, rec := run(t, s, "fmt.Println(mine)"); res.Err != nil || rec.out() != "code 1\n" {
		t.Errorf("mine, of a cell type, printed %q (error %v) after the rebuild, want %q", rec.out(), res.Err, "code 1\n")
	}
}

// %T of a call that returns a cell's interface holding a value of a cell
// type over a func or a basic type (a strategy: type PricingFunc func(...)
// with methods) names the type, as Go does; it named the underlying type
// (func(int) int, float64), or dereferenced nil.
func TestFidProbemDynamicTypeOfCall(t *testing.T) {
	got := probemCells(t, "import \"fmt\"\n"+
		"type Applier interface{ Apply(int) int }\n"+
		"type Op func(int) int\nfunc (o Op) Apply(x int) int { return o(x) }\n"+
		"type Celsius float64\nfunc (c Celsius) Apply(x int) int { return x + int(c) }\n"+
		"func mk() Applier { return Op(func(x int) int { return x + 1 }) }\n"+
		"func mkC() Applier { return Celsius(3) }\n"+
		"func main() {\n\tfmt.Printf(\"%T %T\\n\", mk(), mkC())\n\tvar a Applier = mk()\n\tfmt.Printf(\"%T\\n\", a)\n}\nmain()")
	if want := "main.Op main.Celsius\nmain.Op\n"; got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
}
