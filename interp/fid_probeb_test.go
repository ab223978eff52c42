package interp

import "testing"

// TestFidCellValuesToCompiledInterfaces checks values of the cells' types
// that reach a compiled interface (io.Writer, fmt.Stringer, error) as an
// argument of the cells' own functions, or on a channel: a pointer
// variable, a call's result of pointer or value type, variadic, and sends.
func TestFidCellValuesToCompiledInterfaces(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"bytes\"; \"fmt\"; \"io\")\n"+
		"type counter struct{ buf bytes.Buffer; n int }\n"+
		"func (c *counter) Write(p []byte) (int, error) { c.n += len(p); return c.buf.Write(p) }\n"+
		"type tag struct{ name string }\n"+
		"func (t tag) String() string { return \"#\" + t.name }\n"+
		"type oops struct{ msg string }\n"+
		"func (o *oops) Error() string { return \"oops: \" + o.msg }\n"+
		"func report(w io.Writer, items ...string) { for _, it := range items { fmt.Fprintln(w, it) } }\n"+
		"func show(s fmt.Stringer) { fmt.Println(\"show\", s.String()) }\n"+
		"func showAll(ss ...fmt.Stringer) { for _, s := range ss { fmt.Print(s, \" \") }; fmt.Println() }\n"+
		"func newCounter() *counter { return &counter{} }\n"+
		"func mkTag(n string) tag { return tag{n} }\n"+
		"func fail(m string) *oops { return &oops{m} }\n"+
		"func explain(err error) { fmt.Println(\"explain\", err) }")
	checkCells(t, s, []cellCase{
		{code: "c := &counter{}\nreport(c, \"a\", \"bc\")\nfmt.Println(c.n, c.buf.String() == \"a\\nbc\\n\")", stdout: "5 true\n"},
		{code: "for _, k := range []int{1, 2} {\n\tlw := &counter{n: k}\n\treport(lw, \"xyz\")\n\tfmt.Println(lw.n)\n}", stdout: "5\n6\n"},
		{code: "report(newCounter(), \"ignored\")\nshow(mkTag(\"go\"))\nshowAll(mkTag(\"a\"), mkTag(\"b\"))\nexplain(fail(\"disk\"))",
			stdout: "show #go\n#a #b \nexplain oops: disk\n"},
		{code: "tags := make(chan fmt.Stringer, 2)\nt := tag{\"v\"}\ntags <- t\ntags <- mkTag(\"w\")\nfmt.Println(<-tags, <-tags)", stdout: "#v #w\n"},
		{code: "errc := make(chan error, 2)\nerrc <- &oops{\"x\"}\nerrc <- fail(\"y\")\nclose(errc)\nfor err := range errc {\n\tfmt.Println(err)\n}", stdout: "oops: x\noops: y\n"},
	})
}

// TestFidStdSlicesNilResults checks that the standard library's slice
// functions give a nil slice where Go's do (an empty Collect, Sorted,
// Concat of empty slices, Insert of nothing into nil), which programs test
// with == nil and json prints as null.
func TestFidStdSlicesNilResults(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"fmt\"; \"maps\"; \"slices\")")
	checkCells(t, s, []cellCase{
		{code: "var none []int\nfmt.Println(slices.Collect(slices.Values(none)) == nil, slices.Sorted(maps.Keys(map[string]int{})) == nil)", stdout: "true true\n"},
		{code: "fmt.Println(slices.SortedFunc(slices.Values(none), func(a, b int) int { return a - b }) == nil, slices.Concat(none, []int{}) == nil, slices.Insert(none, 0) == nil)", stdout: "true true true\n"},
		{code: "got := slices.Collect(slices.Values([]int{3, 1}))\nfmt.Println(got, got == nil, slices.Sorted(slices.Values(got)), slices.Concat(none, got, []int{7}))", stdout: "[3 1] false [1 3] [3 1 7]\n"},
	})
}

// TestFidCellValuesConvertedToCompiledInterfaces checks conversions of the
// cells' values to error and fmt.Stringer, a composite literal declared
// as an error, and one passed to errors.Join: each prints through its
// Error or String method, as in Go.
func TestFidCellValuesConvertedToCompiledInterfaces(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"errors\"; \"fmt\")\n"+
		"type fieldErr struct{ field, msg string }\n"+
		"func (f fieldErr) Error() string { return f.field + \": \" + f.msg }\n"+
		"type label struct{ text string }\n"+
		"func (l label) String() string { return \"<\" + l.text + \">\" }\n"+
		"type ptrErr struct{ code int }\n"+
		"func (p *ptrErr) Error() string { return fmt.Sprint(\"code \", p.code) }")
	checkCells(t, s, []cellCase{
		{code: "fe := fieldErr{\"age\", \"negative\"}\nfmt.Println(error(fe), fmt.Stringer(label{\"x\"}), error(&ptrErr{7}))", stdout: "age: negative <x> code 7\n"},
		{code: "var e1 error = fieldErr{\"zip\", \"short\"}\nvar s1 fmt.Stringer = label{\"y\"}\nfmt.Println(e1, s1)\nfmt.Printf(\"%v|%s\\n\", e1, e1)", stdout: "zip: short <y>\nzip: short|zip: short\n"},
		{code: "func check() {\n\tvar err error = fieldErr{\"name\", \"empty\"}\n\tfmt.Println(\"check:\", err)\n}\ncheck()", stdout: "check: name: empty\n"},
		{code: "joined := errors.Join(fieldErr{\"a\", \"1\"}, fieldErr{\"b\", \"2\"})\nfmt.Println(joined)", stdout: "a: 1\nb: 2\n"},
	})
}

// TestFidErrorsAsStructValueInJoin checks errors.As with a target of a
// cell's struct type (not a pointer) through an errors.Join of such values:
// yaegi's wrapper keeps only the struct's last field (an error here, a
// pointer, which once passed for the value); the value comes back through
// its GopadSelf method.
func TestFidErrorsAsStructValueInJoin(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"errors\"; \"fmt\")\nvar ErrRequired = errors.New(\"required\")\n"+
		"type FieldError struct{ Field string; Err error }\n"+
		"func (f FieldError) Error() string { return f.Field + \" \" + f.Err.Error() }\n"+
		"func (f FieldError) Unwrap() error { return f.Err }")
	res, rec := run(t, s, "var errs []error\nerrs = append(errs, FieldError{\"username\", ErrRequired})\nerr := errors.Join(errs...)\n"+
		"fmt.Println(errors.Is(err, ErrRequired))\nvar fe FieldError\nfmt.Println(errors.As(err, &fe), fe.Field)")
	if want := "true\ntrue username\n"; res.Err != nil || rec.out() != want {
		t.Errorf("got %v and output %q, want %q", res.Err, rec.out(), want)
	}
}

// TestFidPlusVOfStringerElements checks %+v of slices, arrays and maps whose
// elements have a String method: fmt calls the method for each element,
// as %v does (the field names of %+v do not apply).
func TestFidPlusVOfStringerElements(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\ntype Vec [2]float64\nfunc (v Vec) String() string { return fmt.Sprintf(\"(%g, %g)\", v[0], v[1]) }\n"+
		"type P struct{ X, Y int }\nfunc (p P) String() string { return fmt.Sprintf(\"P%d/%d\", p.X, p.Y) }")
	checkCells(t, s, []cellCase{
		{code: "fmt.Printf(\"%+v|%+v|%+v\\n\", []Vec{{1, 0}, {0, 1}}, [1]P{{1, 2}}, map[string]P{\"k\": {3, 4}})", stdout: "[(1, 0) (0, 1)]|[P1/2]|map[k:P3/4]\n"},
		{code: "fmt.Printf(\"%+v\\n\", struct{ N int }{5})", stdout: "{N:5}\n"},
	})
}

// TestFidUnnamedParameters checks functions and literals whose parameters
// have no names (func(int) error), whose bodies call compiled functions.
func TestFidUnnamedParameters(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"errors\"; \"fmt\"; \"strings\")")
	checkCells(t, s, []cellCase{
		{code: "func retry(n int, op func(int) error) error {\n\tvar err error\n\tfor i := 1; i <= n; i++ {\n\t\tif err = op(i); err == nil {\n\t\t\treturn nil\n\t\t}\n\t}\n\treturn err\n}\n" +
			"err := retry(2, func(int) error { return fmt.Errorf(\"read: %w\", errors.New(\"down\")) })\nfmt.Println(err)", stdout: "read: down\n"},
		{code: "func shout(string, ...int) string { return strings.ToUpper(\"hey\") }\nfmt.Println(shout(\"a\", 1, 2))", stdout: "HEY\n"},
		{code: "pick := func(int, string) int { return len(strings.Fields(\"a b c\")) }\nfmt.Println(pick(1, \"x\"))", stdout: "3\n"},
	})
}

// TestFidErrorsAsInterfaceTarget checks errors.As with a target of a
// cell's interface type (assert behaviour, not type): through %w and
// errors.Join chains, to compiled errors and to the cells' pointer types.
func TestFidErrorsAsInterfaceTarget(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"errors\"; \"fmt\"; \"io/fs\"; \"os\")\n"+
		"type temporary interface{ Temporary() bool }\n"+
		"type netErr struct{ op string; temp bool }\n"+
		"func (n *netErr) Error() string { return n.op + \" failed\" }\n"+
		"func (n *netErr) Temporary() bool { return n.temp }\n"+
		"type timeout interface{ Timeout() bool }\n"+
		"func isTemp(err error) bool {\n\tvar t temporary\n\treturn errors.As(err, &t) && t.Temporary()\n}")
	checkCells(t, s, []cellCase{
		{code: "fmt.Println(isTemp(nil), isTemp(errors.New(\"x\")), isTemp(&netErr{\"dial\", true}), isTemp(&netErr{\"read\", false}))", stdout: "false false true false\n"},
		{code: "wrapped := fmt.Errorf(\"fetch: %w\", &netErr{\"dial\", true})\nvar t temporary\nfmt.Println(errors.As(wrapped, &t), t.Temporary(), t)", stdout: "true true dial failed\n"},
		{code: "joined := errors.Join(errors.New(\"a\"), fmt.Errorf(\"b: %w\", &netErr{\"c\", true}))\nfmt.Println(isTemp(joined))", stdout: "true\n"},
		{code: "_, err := os.Open(\"/no/such/file\")\nvar to timeout\nfmt.Println(errors.As(err, &to), errors.Is(err, fs.ErrNotExist))", stdout: "true true\n"}, // *fs.PathError has Timeout
	})
}

// TestFidNilAssertToCompiledInterface checks assertions of nil interface
// values to compiled interfaces (error, fmt.Stringer, an interface
// literal): false in the comma-ok form, Go's run-time error otherwise.
func TestFidNilAssertToCompiledInterface(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"fmt\"; \"io\")")
	checkCells(t, s, []cellCase{
		{code: "var err error\ns, ok := err.(fmt.Stringer)\nfmt.Println(s, ok)", stdout: "<nil> false\n"},
		{code: "func isTimeout(err error) bool {\n\tte, ok := err.(interface{ Timeout() bool })\n\treturn ok && te.Timeout()\n}\nfmt.Println(isTimeout(nil))", stdout: "false\n"},
		{code: "var r io.Reader\n_, ok = r.(io.Closer)\nvar a any\n_, ok2 := a.(error)\nfmt.Println(ok, ok2)", stdout: "false false\n"},
		{code: "func() {\n\tdefer func() { fmt.Println(\"recovered:\", recover()) }()\n\tvar e error\n\t_ = e.(fmt.Stringer)\n}()", stdout: "recovered: interface conversion: interface is nil, not fmt.Stringer\n"},
	})
}

// TestFidStdIteratorsIntoStdGenerics checks the iterators compiled
// functions return (strings.SplitSeq, strings.Lines, bytes.SplitSeq)
// handed to the standard library's generic functions (slices.Collect,
// slices.Sorted), whose results are then ranged over and indexed.
func TestFidStdIteratorsIntoStdGenerics(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"bytes\"; \"fmt\"; \"slices\"; \"strings\")")
	checkCells(t, s, []cellCase{
		{code: "parts := slices.Collect(strings.SplitSeq(\"name,age,city\", \",\"))\nfor i, p := range parts {\n\tfmt.Print(i, \"=\", p, \" \")\n}\nfmt.Println(len(parts), parts[2])", stdout: "0=name 1=age 2=city 3 city\n"},
		{code: "words := slices.Sorted(strings.FieldsSeq(\"pear fig apple\"))\nfmt.Println(words, len(slices.Collect(strings.Lines(\"a\\nb\\n\"))))", stdout: "[apple fig pear] 2\n"},
		{code: "chunks := slices.Collect(bytes.SplitSeq([]byte(\"x-y\"), []byte(\"-\")))\nfmt.Printf(\"%s %d\\n\", chunks[1], len(chunks))", stdout: "y 2\n"},
	})
}

// TestFidSliceOfStructsWithStringerFields checks printing slices and
// arrays of structs whose fields have String methods: fmt calls the
// methods for each element's fields, as for a struct printed alone.
func TestFidSliceOfStructsWithStringerFields(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\ntype Celsius float64\nfunc (c Celsius) String() string { return fmt.Sprintf(\"%.1f°C\", float64(c)) }\n"+
		"type Reading struct{ City string; Temp Celsius }")
	checkCells(t, s, []cellCase{
		{code: "rs := []Reading{{\"Oslo\", 4.5}, {\"Rome\", 18.25}}\nfmt.Println(rs)\nfmt.Printf(\"%v|%+v\\n\", rs[:1], [1]Reading{{\"Kyiv\", -2}})", stdout: "[{Oslo 4.5°C} {Rome 18.2°C}]\n[{Oslo 4.5°C}]|[{City:Kyiv Temp:-2.0°C}]\n"},
		{code: "var none []Reading\nfmt.Println(none, len(fmt.Sprint(rs)))", stdout: "[] 30\n"},
	})
}

// TestFidCallResultOfCellInterface checks a call's result of a cell's
// interface type handed to a function of the cells that takes that
// interface, and printed: the value inside keeps its type (s.(Rect)) and
// its String method.
func TestFidCallResultOfCellInterface(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\ntype Shape interface{ Area() float64 }\ntype Rect struct{ W, H float64 }\n"+
		"func (r Rect) Area() float64 { return r.W * r.H }\nfunc (r Rect) String() string { return fmt.Sprintf(\"Rect(%gx%g)\", r.W, r.H) }\n"+
		"func first(xs []Shape) Shape { return xs[0] }\n"+
		"func kind(s Shape) string {\n\tif r, ok := s.(Rect); ok {\n\t\treturn fmt.Sprint(\"rect \", r.W)\n\t}\n\treturn \"other\"\n}\n"+
		"func Largest[S Shape](xs []S) S { return xs[0] }")
	checkCells(t, s, []cellCase{
		{code: "shapes := []Shape{Rect{3, 4}}\nfmt.Println(kind(first(shapes)), kind(Largest(shapes)))\nf := kind\nfmt.Println(f(first(shapes)))", stdout: "rect 3 rect 3\nrect 3\n"},
		{code: "fmt.Println(first(shapes), Largest(shapes))", stdout: "Rect(3x4) Rect(3x4)\n"},
	})
}

// TestFidNestedRangeOverFuncReturns checks returns from inside range
// loops over functions nested in one another (two and three deep, over
// slices.All and the cells' iterators), and loops that finish without
// returning.
func TestFidNestedRangeOverFuncReturns(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"fmt\"; \"iter\"; \"slices\")\n"+
		"func Count(n int) iter.Seq[int] {\n\treturn func(yield func(int) bool) {\n\t\tfor i := 0; i < n; i++ {\n\t\t\tif !yield(i) {\n\t\t\t\treturn\n\t\t\t}\n\t\t}\n\t}\n}")
	checkCells(t, s, []cellCase{
		{code: "func indexOf(grid [][]int, v int) (int, int) {\n\tfor r, row := range slices.All(grid) {\n\t\tfor c, x := range slices.All(row) {\n\t\t\tif x == v {\n\t\t\t\treturn r, c\n\t\t\t}\n\t\t}\n\t}\n\treturn -1, -1\n}\n" +
			"fmt.Println(indexOf([][]int{{1, 2}, {3, 4}}, 4))\nfmt.Println(indexOf(nil, 1))", stdout: "1 1\n-1 -1\n"},
		{code: "func triple(target int) (a, b, c int, ok bool) {\n\tfor i := range Count(5) {\n\t\tfor j := range Count(5) {\n\t\t\tfor k := range Count(5) {\n\t\t\t\tif i+j+k == target && i < j && j < k {\n\t\t\t\t\treturn i, j, k, true\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n\treturn\n}\n" +
			"fmt.Println(triple(9))\nfmt.Println(triple(100))", stdout: "2 3 4 true\n0 0 0 false\n"},
		{code: "func Pairs(n int) iter.Seq2[int, int] {\n\treturn func(yield func(int, int) bool) {\n\t\tfor i := range Count(n) {\n\t\t\tfor j := range Count(n) {\n\t\t\t\tif i < j && !yield(i, j) {\n\t\t\t\t\treturn\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n}\n" +
			"n := 0\nfor i, j := range Pairs(4) {\n\tif i == 1 && j == 3 {\n\t\tbreak\n\t}\n\tn++\n}\nfmt.Println(n)", stdout: "4\n"},
	})
}

// TestFidRangeOverFuncLabelledBranches checks break and continue of an
// outer range loop over a function from a range loop over a function
// nested in it, in a function and among a cell's statements.
func TestFidRangeOverFuncLabelledBranches(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"fmt\"; \"iter\")\n"+
		"func Count(n int) iter.Seq[int] {\n\treturn func(yield func(int) bool) {\n\t\tfor i := 0; i < n; i++ {\n\t\t\tif !yield(i) {\n\t\t\t\treturn\n\t\t\t}\n\t\t}\n\t}\n}")
	checkCells(t, s, []cellCase{
		{code: "outer:\nfor i := range Count(4) {\n\tfor j := range Count(4) {\n\t\tif j > i {\n\t\t\tcontinue outer\n\t\t}\n\t\tif i == 3 {\n\t\t\tbreak outer\n\t\t}\n\t\tfmt.Print(i, j, \" \")\n\t}\n}\nfmt.Println()",
			stdout: "0 0 1 0 1 1 2 0 2 1 2 2 \n"},
		{code: "func grid() {\nrows:\n\tfor r := range Count(3) {\n\t\tfor c := range Count(3) {\n\t\t\tfor range Count(1) {\n\t\t\t\tif c == 2 {\n\t\t\t\t\tcontinue rows\n\t\t\t\t}\n\t\t\t}\n\t\t\tif r == 2 {\n\t\t\t\tbreak rows\n\t\t\t}\n\t\t\tfmt.Print(r, c, \";\")\n\t\t}\n\t\tfmt.Print(\"|\")\n\t}\n\tfmt.Println(\"end\")\n}\ngrid()",
			stdout: "0 0;0 1;1 0;1 1;end\n"},
	})
}

// TestFidTypeSwitchCompiledInterfaceCases checks type switch cases of
// interface literals that compiled values implement (*fs.PathError has
// Timeout), and of compiled interfaces when the value is nil.
func TestFidTypeSwitchCompiledInterfaceCases(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"errors\"; \"fmt\"; \"os\")\ntype temp interface{ Temporary() bool }\n"+
		"func classify(err error) string {\n\tswitch e := err.(type) {\n\tcase interface{ Timeout() bool }:\n\t\treturn fmt.Sprint(\"timeout \", e.Timeout())\n\tcase temp:\n\t\treturn \"temp\"\n\tcase nil:\n\t\treturn \"ok\"\n\tdefault:\n\t\treturn \"other: \" + e.Error()\n\t}\n}\n"+
		"func kind(v any) string {\n\tswitch v.(type) {\n\tcase fmt.Stringer:\n\t\treturn \"stringer\"\n\tcase error:\n\t\treturn \"error\"\n\t}\n\treturn fmt.Sprintf(\"%T\", v)\n}")
	checkCells(t, s, []cellCase{
		{code: "_, err := os.Open(\"/no/such/file\")\nfmt.Println(classify(nil), classify(err), classify(errors.New(\"x\")))", stdout: "ok timeout false other: x\n"},
		{code: "fmt.Println(kind(nil), kind(errors.New(\"e\")), kind(3))", stdout: "<nil> error int\n"},
	})
}

// TestFidStructValueSentinels checks errors.Is and == with sentinel errors
// that are a cell's struct values with the same last field, which yaegi's
// wrapper alone cannot tell apart.
func TestFidStructValueSentinels(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"errors\"; \"fmt\")\ntype CodeErr struct{ Code int; Msg string }\n"+
		"func (e CodeErr) Error() string { return fmt.Sprint(e.Code, \" \", e.Msg) }\n"+
		"var ErrA = CodeErr{1, \"failed\"}\nvar ErrB = CodeErr{2, \"failed\"}")
	checkCells(t, s, []cellCase{
		{code: "fmt.Println(errors.Is(errors.New(\"x\"), ErrA), errors.Is(nil, ErrA))", stdout: "false false\n"},
		{code: "var err error = ErrA\nfmt.Println(errors.Is(err, ErrB), errors.Is(err, ErrA), errors.Is(fmt.Errorf(\"w: %w\", err), ErrA))", stdout: "false true true\n"},
		{code: "var err2 error = ErrA\nfmt.Println(err2 == ErrB, err2 == ErrA, err2 != ErrB)", stdout: "false true true\n"},
	})
}
