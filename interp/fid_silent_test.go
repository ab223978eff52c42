package interp

import (
	"strings"
	"testing"
)

// runErr runs code in s and returns the text of its error ("" if none).
func runErr(t *testing.T, s *Session, code string) (stdout, errText string) {
	t.Helper()
	res, rec := run(t, s, code)
	if res.Err != nil {
		errText = res.Err.Name + ": " + res.Err.Value
	}
	return rec.out(), errText
}

// TestFidSilentTypedNilInterface checks a nil pointer of a cell's type
// converted to error or fmt.Stringer: Go keeps the typed nil, so the
// interface is not nil, and its type is the pointer's (yaegi made it a nil
// interface). Other interfaces refuse it when it happens; non-nil values,
// the cells' own interfaces and untyped nils work as in Go.
func TestFidSilentTypedNilInterface(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"errors\"; \"fmt\"; \"io\")\ntype MyErr struct{ code int }\nfunc (*MyErr) Error() string { return \"my error\" }\n"+
		"type M map[string]int\nfunc (M) String() string { return \"M\" }\ntype Own interface{ Error() string }\n"+
		"type Deref struct{ msg string }\nfunc (d *Deref) Error() string { return d.msg }\n"+
		"type W struct{ n int }\nfunc (*W) Write(p []byte) (int, error) { return len(p), nil }\n"+
		"func mayFail(fail bool) error {\n\tvar p *MyErr\n\tif fail {\n\t\tp = &MyErr{1}\n\t}\n\treturn p\n}\n"+
		"func own(p *MyErr) Own { return p }\nfunc fixed() error { return nil }")
	checkCells(t, s, []cellCase{
		{code: "fmt.Println(mayFail(true), fixed() == nil, own(nil) == nil)", stdout: "my error true false\n"},
		{code: "var m M = M{}\nvar st fmt.Stringer = m\nfmt.Println(st)", stdout: "M\n"},
		{code: "err := mayFail(false)\nfmt.Println(err == nil, err)\nfmt.Printf(\"%T\\n\", err)", stdout: "false my error\n*main.MyErr\n"},
		{code: "var p *MyErr\nvar e error\ne = p\nfmt.Println(e == nil, error(p) == nil, []error{p}[0] == nil)", stdout: "false false false\n"},
		{code: "var target *MyErr\n_, isPtr := e.(*MyErr)\nfmt.Println(errors.As(e, &target), target == nil, isPtr)", stdout: "true true true\n"},
		{code: "var d *Deref\nvar de error = d\nfmt.Println(de != nil, de)", stdout: "true <nil>\n"},
	})
	out, e := runErr(t, s, "var w *W\nvar iw io.Writer = w\nfmt.Println(iw == nil)")
	if !strings.Contains(e, "converted to the interface io.Writer") || out != "" {
		t.Errorf("a nil *W as an io.Writer: stdout %q, error %q; want the typed nil refused", out, e)
	}
}

// TestFidSilentInterfaceEquality checks == and != of interface values
// holding the cells' struct, pointer and named types, as Go compares them.
func TestFidSilentInterfaceEquality(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\ntype Animal interface{ Sound() string }\ntype Cow struct{}\nfunc (Cow) Sound() string { return \"moo\" }\n"+
		"type Dog struct{ N int }\nfunc (Dog) Sound() string { return \"wo\" }\ntype ID int\nfunc (ID) Sound() string { return \"id\" }\n"+
		"type Pd struct{ N int }\nfunc (*Pd) Sound() string { return \"pd\" }\nfunc same(a, b Animal) bool { return a == b }")
	checkCells(t, s, []cellCase{
		{code: "var a Animal = Cow{}\nvar d Animal = Dog{1}\nfmt.Println(a == Cow{}, a != nil, d == Dog{1}, d != Dog{2}, d == a, same(d, Dog{1}))", stdout: "true true true true false true\n"},
		{code: "var i Animal = ID(3)\nfmt.Println(i == ID(3), i == ID(4))", stdout: "true false\n"},
		{code: "p := &Pd{1}\nvar x Animal = p\nvar y Animal = p\nfmt.Println(x == y, x == p, x == &Pd{1})", stdout: "true true false\n"},
		{code: "var e any = Cow{}\nvar f any = 3\nfmt.Println(e == Cow{}, f == 3, e == f, any(Dog{2}) == any(Dog{2}))", stdout: "true true false true\n"},
	})
}

// TestFidSilentWrappedAssert checks assertions to another interface of a
// cell's value held in fmt.Stringer or error: pointers are found, and so
// is a struct value, whose type yaegi's wrapper loses (it comes back
// through its GopadSelf method).
func TestFidSilentWrappedAssert(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\ntype pe struct{ name string }\nfunc (n *pe) Error() string { return \"err \" + n.name }\nfunc (n *pe) String() string { return \"str \" + n.name }\n"+
		"type ve struct{ name string }\nfunc (n ve) Error() string { return \"err \" + n.name }\nfunc (n ve) String() string { return \"str \" + n.name }\n"+
		"type only struct{}\nfunc (*only) String() string { return \"only\" }")
	checkCells(t, s, []cellCase{
		{code: "var s fmt.Stringer = &pe{\"a\"}\ne, ok := s.(error)\nfmt.Println(e, ok, s.(error).Error())", stdout: "err a true err a\n"},
		{code: "var o fmt.Stringer = &only{}\n_, ok := o.(error)\nfmt.Println(ok)", stdout: "false\n"},
		{code: "var err error = &pe{\"b\"}\nif st, ok := err.(fmt.Stringer); ok { fmt.Println(st, st.String()) }", stdout: "err b str b\n"},
		{code: "var sv fmt.Stringer = ve{\"v\"}\ne2, ok := sv.(error)\nfmt.Println(ok, e2)", stdout: "true err v\n"},
		{code: "v, ok := sv.(ve)\n_, isPe := sv.(*pe)\nfmt.Println(ok, v.name, isPe)", stdout: "true v false\n"},
	})
}

// TestFidSilentPrintDynamic checks that fmt prints a value held in an
// interface through the String or Error method of its dynamic cell type,
// with width verbs, and Print's spacing.
func TestFidSilentPrintDynamic(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\ntype Shape interface{ Area() float64 }\ntype Rect struct{ W, H float64 }\nfunc (r Rect) Area() float64 { return r.W * r.H }\n"+
		"func (r Rect) String() string { return fmt.Sprintf(\"Rect(%gx%g)\", r.W, r.H) }\ntype Circle struct{ R float64 }\nfunc (c Circle) Area() float64 { return c.R }\n"+
		"type PS struct{}\nfunc (p *PS) Area() float64 { return 1 }\nfunc (p *PS) String() string { if p == nil { return \"nilPS\" }; return \"PS\" }")
	checkCells(t, s, []cellCase{
		{code: "for _, sh := range []Shape{Rect{1, 2}, Circle{3}, &PS{}} {\n\tfmt.Printf(\"%-10v|%s\\n\", sh, sh)\n}", stdout: "Rect(1x2) |Rect(1x2)\n{3         }|{%!s(float64=3)}\nPS        |PS\n"},
		{code: "var a any = Rect{3, 4}\nvar b any = 5\nfmt.Println(a, b)\nfmt.Print(a, a, \"\\n\")", stdout: "Rect(3x4) 5\nRect(3x4) Rect(3x4)\n"},
		{code: "var sh Shape = (*PS)(nil)\nfmt.Println(sh)", stdout: "nilPS\n"},
	})
}

// TestFidSilentPrintStructFields checks %v, %+v and Println of structs
// whose exported fields have String methods: fmt prints each field
// through its method, also for pointer fields and nested structs.
func TestFidSilentPrintStructFields(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\ntype Level int\nfunc (l Level) String() string { return [...]string{\"DEBUG\", \"INFO\"}[l] }\n"+
		"type Price struct{ Amount int }\nfunc (p Price) String() string { return fmt.Sprintf(\"%d EUR\", p.Amount) }\n"+
		"type Product struct {\n\tName string\n\tPrice Price\n\tAlt *Price\n\tlevel Level\n}\ntype Outer struct{ P Product; L Level }")
	checkCells(t, s, []cellCase{
		{code: "p := Product{\"Book\", Price{12}, &Price{9}, 1}\nfmt.Println(p)\nfmt.Printf(\"%v|%+v\\n\", p, p)",
			stdout: "{Book 12 EUR 9 EUR 1}\n{Book 12 EUR 9 EUR 1}|{Name:Book Price:12 EUR Alt:9 EUR level:1}\n"},
		{code: "type entry struct {\n\tL Level\n\tMsg string\n}\nfmt.Printf(\"%v %+v\\n\", entry{1, \"hi\"}, entry{0, \"x\"})", stdout: "{INFO hi} {L:DEBUG Msg:x}\n"},
		{code: "fmt.Println(Outer{Product{Name: \"n\"}, 1})", stdout: "{{n 0 EUR <nil> 0} INFO}\n"},
	})
}

// TestFidSilentAssertInterfaceLiteral checks assertions of errors to the
// interface literals Go code uses with them (Unwrap() []error, Unwrap()
// error, Is, As): compiled errors (errors.Join, fmt.Errorf) and the cells'
// own error types are found, at the top level and in functions.
func TestFidSilentAssertInterfaceLiteral(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"errors\"; \"fmt\")\ntype multi struct{ errs []error }\nfunc (m *multi) Error() string { return \"multi\" }\nfunc (m *multi) Unwrap() []error { return m.errs }\n"+
		"type unwrapper interface{ Unwrap() []error }")
	checkCells(t, s, []cellCase{
		{code: "err := errors.Join(errors.New(\"a\"), errors.New(\"b\"))\nu, ok := err.(interface{ Unwrap() []error })\nfmt.Println(ok, len(u.Unwrap()))", stdout: "true 2\n"},
		{code: "func() {\n\tif u, ok := err.(unwrapper); ok {\n\t\tfmt.Println(\"joined:\", len(u.Unwrap()))\n\t}\n}()", stdout: "joined: 2\n"},
		{code: "w := fmt.Errorf(\"x: %w\", errors.New(\"inner\"))\nfmt.Println(w.(interface{ Unwrap() error }).Unwrap())", stdout: "inner\n"},
		{code: "var me error = &multi{[]error{errors.New(\"p\")}}\nm, ok := me.(interface{ Unwrap() []error })\nfmt.Println(ok, m.Unwrap())", stdout: "true [p]\n"},
		{code: "_, ok := errors.New(\"plain\").(interface{ Unwrap() []error })\nfmt.Println(ok)", stdout: "false\n"},
	})
}

// TestFidSilentFuncLiteralCallOnce checks that a cell calling a function
// literal first runs it once, not again in every later cell.
func TestFidSilentFuncLiteralCallOnce(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"")
	checkCells(t, s, []cellCase{
		{code: "func() {\n\tfmt.Println(\"once\")\n}()", stdout: "once\n"},
		{code: "fmt.Println(2)", stdout: "2\n"},
		{code: "// a comment first\nfunc() { fmt.Println(\"again once\") }()\nfmt.Println(3)", stdout: "again once\n3\n"},
		{code: "x := 4\nfmt.Println(x)", stdout: "4\n"},
	})
}

// TestFidSilentDeferEvaluatesReceiver checks that a deferred method call
// takes its receiver at the defer statement (a copy for a value receiver,
// the address for a pointer receiver), and a deferred func variable its
// value, in functions and among a cell's statements.
func TestFidSilentDeferEvaluatesReceiver(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"fmt\"; \"sync\")\ntype Conn struct {\n\tid int\n\tclosed bool\n}\n"+
		"func (c *Conn) Close() { c.closed = true; fmt.Println(\"closed\", c.id) }\nfunc (c Conn) Report() { fmt.Println(\"report\", c.id, c.closed) }\n"+
		"func body() {\n\tc := &Conn{id: 1}\n\tdefer c.Report()\n\tdefer c.Close()\n\tc2 := Conn{id: 2}\n\tdefer c2.Report()\n\tc2.closed = true\n\tc = &Conn{id: 3}\n}\n"+
		"func waited() int {\n\tvar wg sync.WaitGroup\n\tn := 0\n\tfor i := 0; i < 3; i++ {\n\t\twg.Add(1)\n\t\tgo func() {\n\t\t\tdefer wg.Done()\n\t\t}()\n\t}\n\twg.Wait()\n\treturn n + 3\n}")
	checkCells(t, s, []cellCase{
		{code: "body()", stdout: "report 2 false\nclosed 1\nreport 1 false\n"},
		{code: "fmt.Println(waited())", stdout: "3\n"},
		{code: "fn := func() { fmt.Println(\"fn v1\") }\ndefer fn()\nfn = func() { fmt.Println(\"fn v2\") }\np := &Conn{id: 5}\ndefer p.Report()\np.id = 6", stdout: "report 5 false\nfn v1\n"},
	})
}

// TestFidSilentIndexErrorDetail checks that index and slice errors in
// functions carry Go's detail, recovered or not, and that checks do not
// fire where Go does not panic (short-circuit operands, proven loops).
func TestFidSilentIndexErrorDetail(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\nfunc try(f func()) (msg string) {\n\tdefer func() { msg = fmt.Sprint(recover()) }()\n\tf()\n\treturn\n}\n"+
		"func nth(xs []int, i int) int { return xs[i] }\nfunc safe(xs []int, i int) bool { return i < len(xs) && xs[i] > 0 }")
	checkCells(t, s, []cellCase{
		{code: "xs := []int{1, 2, 3}\ni := 5\nfmt.Println(try(func() { _ = xs[i] }))\nfmt.Println(try(func() { _ = xs[1 : i+5] }))",
			stdout: "runtime error: index out of range [5] with length 3\nruntime error: slice bounds out of range [:10] with capacity 3\n"},
		{code: "str := \"hello\"\nlo, hi := 4, 2\nfmt.Println(try(func() { _ = str[:hi+11] }), try(func() { _ = str[lo:hi] }), try(func() { j := -1; _ = xs[j] }))",
			stdout: "runtime error: slice bounds out of range [:13] with length 5 runtime error: slice bounds out of range [4:2] runtime error: index out of range [-1]\n"},
		{code: "fmt.Println(safe(xs, 7), safe(xs, 0), try(func() { var arr []int; arr[1] = 2 }))", stdout: "false true runtime error: index out of range [1] with length 0\n"},
	})
	res, _ := run(t, s, "nth(xs, 5)")
	if res.Err == nil || !strings.Contains(res.Err.Value, "index out of range [5] with length 3") || res.Err.Name != "runtime.Error" {
		t.Errorf("uncaught index error: %+v", res.Err)
	}
}

// TestFidSilentRedeclareAfterBlankAssign checks that b, err := f() in a
// cell after b, _ = g() in an earlier one leaves b with f's value (the
// earlier assignment ran again at every later cell).
func TestFidSilentRedeclareAfterBlankAssign(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"encoding/json\"; \"fmt\")")
	checkCells(t, s, []cellCase{
		{code: "b, _ := json.Marshal(1)\nfmt.Println(string(b))", stdout: "1\n"},
		{code: "b, _ = json.Marshal(2)\nfmt.Println(string(b))", stdout: "2\n"},
		{code: "b, err := json.Marshal(3)\nfmt.Println(string(b), err)", stdout: "3 <nil>\n"},
		{code: "fmt.Println(string(b))", stdout: "3\n"},
	})
}

// TestFidSilentRecoveredCellError checks that a cell's error type that
// comes back from recover() asserts to error (and to itself), as in Go.
func TestFidSilentRecoveredCellError(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\ntype ConfigError struct{ Key string }\nfunc (c *ConfigError) Error() string { return \"missing \" + c.Key }\n"+
		"func catch(f func()) (out string) {\n\tdefer func() {\n\t\tr := recover()\n\t\tif err, ok := r.(error); ok {\n\t\t\tce, _ := err.(*ConfigError)\n\t\t\tout = fmt.Sprint(\"error: \", err, \" key: \", ce.Key)\n\t\t} else {\n\t\t\tout = fmt.Sprint(\"other: \", r)\n\t\t}\n\t}()\n\tf()\n\treturn\n}")
	checkCells(t, s, []cellCase{
		{code: "fmt.Println(catch(func() { panic(&ConfigError{\"port\"}) }))", stdout: "error: missing port key: port\n"},
		{code: "fmt.Println(catch(func() { panic(42) }))", stdout: "other: 42\n"},
	})
}
