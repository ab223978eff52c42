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
