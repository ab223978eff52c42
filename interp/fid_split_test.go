package interp

import (
	"strings"
	"testing"
)

// splitStep is one cell of a notebook written in an order Go allows: what
// it prints, what its error says (empty for none), what stderr mentions.
type splitStep struct {
	code   string
	stdout string
	err    string // a part of the error's value; "" for no error
	note   string // a part of stderr; "" for no check
}

func runSplit(t *testing.T, s *Session, steps []splitStep) {
	t.Helper()
	for i, st := range steps {
		res, rec := run(t, s, st.code)
		switch {
		case st.err == "" && res.Err != nil:
			t.Fatalf("step %d %q: %s: %s (stderr %q)", i+1, st.code, res.Err.Name, res.Err.Value, rec.errOut())
		case st.err != "" && (res.Err == nil || !strings.Contains(res.Err.Value, st.err)):
			t.Fatalf("step %d %q: error %+v, want one with %q", i+1, st.code, res.Err, st.err)
		}
		if got := rec.stdout.String(); got != st.stdout {
			t.Errorf("step %d %q: stdout %q, want %q", i+1, st.code, got, st.stdout)
		}
		if st.note != "" && !strings.Contains(rec.errOut(), st.note) {
			t.Errorf("step %d %q: stderr %q, want it to mention %q", i+1, st.code, rec.errOut(), st.note)
		}
	}
}

// TestSplitMethodsUseLaterMethods: methods that call each other, declared
// one per cell, as a recursive-descent parser is written.
func TestSplitMethodsUseLaterMethods(t *testing.T) {
	runSplit(t, newSession(t), []splitStep{
		{code: "import \"fmt\""},
		{code: "type calc struct{ s string; i int }"},
		{code: "func (c *calc) sum() int {\n\tv := c.num()\n\tfor c.i < len(c.s) && c.s[c.i] == '+' {\n\t\tc.i++\n\t\tv += c.num()\n\t}\n\treturn v\n}", note: "num"},
		{code: "func (c *calc) num() int {\n\tif c.s[c.i] == '(' {\n\t\tc.i++\n\t\tv := c.sum()\n\t\tc.i++\n\t\treturn v\n\t}\n\tc.i++\n\treturn int(c.s[c.i-1] - '0')\n}"},
		{code: "c := &calc{s: \"1+(2+3)+4\"}\nfmt.Println(c.sum())", stdout: "10\n"},
	})
}

// TestSplitTypesUseLaterTypes: interfaces and types that name each other
// (a visitor), one declaration per cell, in the order of the Go file.
func TestSplitTypesUseLaterTypes(t *testing.T) {
	runSplit(t, newSession(t), []splitStep{
		{code: "import \"fmt\""},
		{code: "type Shape interface{ Accept(v Visitor) string }", note: "Visitor"},
		{code: "type Square struct{ Side int }"},
		{code: "func (s Square) Accept(v Visitor) string { return v.VisitSquare(s) }", note: "Visitor"},
		{code: "type Visitor interface{ VisitSquare(Square) string }"},
		{code: "type namer struct{}"},
		{code: "func (namer) VisitSquare(s Square) string { return fmt.Sprint(\"square \", s.Side) }"},
		{code: "var sh Shape = Square{3}\nfmt.Println(sh.Accept(namer{}))", stdout: "square 3\n"},
	})
}

// TestSplitInterfaceSatisfiedLater: a method returns its receiver as an
// interface that the type satisfies only once a later cell declares the
// remaining method (a slog.Handler written method by method).
func TestSplitInterfaceSatisfiedLater(t *testing.T) {
	runSplit(t, newSession(t), []splitStep{
		{code: "import \"fmt\""},
		{code: "type Namer interface {\n\tName() string\n\tWith(p string) Namer\n}"},
		{code: "type pre struct{ p string }"},
		{code: "func (n pre) With(p string) Namer { return pre{n.p + p} }", note: "pre.Name"},
		{code: "fmt.Println(pre{\"a\"}.With(\"b\"))", err: "pre.Name"},
		{code: "func (n pre) Name() string { return n.p }"},
		{code: "fmt.Println(pre{\"a\"}.With(\"b\").Name())", stdout: "ab\n"},
	})
}

// TestSplitStatementWaits: a statement that uses a kept declaration is an
// error that names what it waits for, and works once that is declared; the
// declarations are evaluated in dependency order.
func TestSplitStatementWaits(t *testing.T) {
	runSplit(t, newSession(t), []splitStep{
		{code: "import \"fmt\""},
		{code: "func total() int { return base() + extra }", note: "base, extra"},
		{code: "fmt.Println(total())", err: "kept until a cell declares base, extra"},
		{code: "var extra = base() * 10", note: "base"},
		{code: "fmt.Println(total())", err: "kept until a cell declares base"},
		{code: "func base() int { return 4 }"},
		{code: "fmt.Println(total(), extra)", stdout: "44 40\n"},
	})
}

// TestSplitNotKept: a cell that is a whole program, and a declaration
// that is declared again, report what they miss at once; so does a type
// error.
func TestSplitNotKept(t *testing.T) {
	runSplit(t, newSession(t), []splitStep{
		{code: "package main\n\nfunc main() { println(missingA) }", err: "undefined: missingA"},
		{code: "func f() int { return 1 }"},
		{code: "func f() int { return missingB }", err: "undefined: missingB"},
		{code: "func g() int { return \"x\" }", err: "cannot use"},
		// A kept declaration that does not compile once its names exist is
		// the error of the cell that declared them, and is dropped.
		{code: "func useLater() int { return later() }", note: "later"},
		{code: "func later() string { return \"x\" }", err: "kept until its names were declared: cannot use later()"},
		{code: "useLater()", err: "undefined: useLater"},
	})
}

// TestSplitResetAndRebuild: %reset forgets kept declarations; a rebuild
// (a type declared again) keeps them.
func TestSplitResetAndRebuild(t *testing.T) {
	s := newSession(t)
	runSplit(t, s, []splitStep{
		{code: "import \"fmt\""},
		{code: "func hello() { fmt.Println(greeting) }", note: "greeting"},
		{code: "%reset"},
		{code: "var greeting = \"hi\""},
		{code: "hello()", err: "undefined: hello"},
		{code: "import \"fmt\""},
		{code: "type P struct{ X int }"},
		{code: "func show(p P) { fmt.Println(p, word) }", note: "word"},
		{code: "type P struct{ X, Y int }"},
		{code: "var word = \"ok\""},
		{code: "show(P{1, 2})", stdout: "{1 2} ok\n"},
	})
}

// TestSplitGenericTypes: values of a generic type made in different cells
// have one type: assigned, passed and printed with their String method.
func TestSplitGenericTypes(t *testing.T) {
	runSplit(t, newSession(t), []splitStep{
		{code: "import \"fmt\""},
		{code: "type Vec[T ~int | ~float64] struct{ X, Y T }"},
		{code: "func (a Vec[T]) Add(b Vec[T]) Vec[T] { return Vec[T]{a.X + b.X, a.Y + b.Y} }"},
		{code: "func (a Vec[T]) String() string { return fmt.Sprintf(\"(%v, %v)\", a.X, a.Y) }"},
		{code: "type List[T any] struct{ items []T }"},
		{code: "func (l *List[T]) Push(v T) { l.items = append(l.items, v) }"},
		{code: "func (l *List[T]) String() string { return fmt.Sprint(len(l.items), \" items\") }"},
		{code: "x := Vec[float64]{1, 2}\ny := Vec[float64]{3, 4}"},
		{code: "z := x.Add(y)\nfmt.Println(z)", stdout: "(4, 6)\n"},
		{code: "w := z.Add(Vec[float64]{1, 1}).Add(x)\nfmt.Println(w, w.X)", stdout: "(6, 9) 6\n"},
		{code: "l := &List[Vec[float64]]{}\nl.Push(w)\nl.Push(z)"},
		{code: "fmt.Println(l, l.items[0])", stdout: "2 items (6, 9)\n"},
	})
}

// TestSplitDeferEvaluatesFunction: a defer among a cell's top-level
// statements (main's body cut into cells) evaluates the function it calls
// at the defer, as Go does, and calls it when the cell ends.
func TestSplitDeferEvaluatesFunction(t *testing.T) {
	runSplit(t, newSession(t), []splitStep{
		{code: "import \"fmt\""},
		{code: "func trace(s string) func() {\n\tfmt.Println(\"enter\", s)\n\treturn func() { fmt.Println(\"exit\", s) }\n}"},
		{code: "defer trace(\"main\")()\nfmt.Println(\"body\")", stdout: "enter main\nbody\nexit main\n"},
		{code: "fn := func() { fmt.Println(\"v1\") }\ndefer fn()\nfn = func() { fmt.Println(\"v2\") }\nfn()", stdout: "v2\nv1\n"},
		{code: "for i := range 2 {\n\tf := func() { fmt.Println(\"loop\", i) }\n\tdefer f()\n}", stdout: "loop 1\nloop 0\n"},
	})
}

// TestSplitMethodOnFuncTypeConversion: a method called on a conversion to
// a cell's function type, among a cell's top-level statements.
func TestSplitMethodOnFuncTypeConversion(t *testing.T) {
	runSplit(t, newSession(t), []splitStep{
		{code: "import (\n\t\"fmt\"\n\t\"strings\"\n)"},
		{code: "type Transform func(string) string"},
		{code: "func (t Transform) Then(next Transform) Transform {\n\treturn func(s string) string { return next(t(s)) }\n}"},
		{code: "p := Transform(strings.TrimSpace).Then(strings.ToUpper).Then(func(s string) string { return s + \"!\" })\nfmt.Println(p(\"  hi  \"))", stdout: "HI!\n"},
		{code: "fmt.Println((Transform(strings.ToUpper)).Then(strings.TrimSpace)(\" a \"))", stdout: "A\n"},
	})
}
