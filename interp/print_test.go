package interp

import (
	"github.com/gopad/gopad/interp/rewrite"
	"strings"
	"testing"
)

// TestPrintInLoops checks fmt.Print and fmt.Println of one operand in a
// loop, which go through gopad/builtin's Print and Println: the output is
// fmt's, in order with other output, and what the fast path cannot do (a
// named type's String method, a used result) stays fmt's.
func TestPrintInLoops(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"fmt\"; \"os\")\ntype Color string\nfunc (c Color) String() string { return \"color \" + string(c) }")
	checkCells(t, s, []cellCase{
		{code: "w := \"ab\"\nfor i := 0; i < 3; i++ { fmt.Print(w); fmt.Println(w); fmt.Println(); fmt.Printf(\"%d|\", i) }",
			stdout: "abab\n\n0|abab\n\n1|abab\n\n2|"},
		{code: "for _, c := range []Color{\"red\"} { fmt.Println(c); fmt.Print(string(c), \"\\n\") }", stdout: "color red\nred\n"},
		{code: "total := 0\nfor i := 0; i < 2; i++ { n, _ := fmt.Print(\"xyz\"); total += n }\nfmt.Println(total)", stdout: "xyzxyz6\n"},
		{code: "func shout(words []string) { for _, w := range words { fmt.Println(w + \"!\") } }\nshout([]string{\"hi\", \"yo\"})", stdout: "hi!\nyo!\n"},
		{code: "for i := 0; i < 2; i++ { fmt.Println(\"const\") }", stdout: "const\nconst\n"},
		{code: "for i := 0; i < 2; i++ { fmt.Println(i); fmt.Print(1.5, \"|\"); fmt.Print(Color(\"x\")) }", stdout: "0\n1.5|color x1\n1.5|color x"},
		{code: "for i := 0; i < 1; i++ { fmt := 3; _ = fmt }\nfmt.Println(\"shadow ok\")", stdout: "shadow ok\n"},
	})
	// The rewrite is there (the output above shows it is right).
	if got := mustRewrite(t, s, "for i := 0; i < 2; i++ { fmt.Println(i); fmt.Print(i) }"); !strings.Contains(got, "gp_.Println(") || !strings.Contains(got, "gp_.Print(") {
		t.Errorf("not rewritten: %s", got)
	}
	// Outside loops fmt's calls stay (a trailing one has no value to show).
	if got := mustRewrite(t, s, "fmt.Println(\"x\")\nfor i := 0; i < 2; i++ {}"); strings.Contains(got, "gp_.Print") {
		t.Errorf("rewritten outside a loop: %s", got)
	}
	run(t, s, "type Box struct{ N int }")
	res, rec := run(t, s, "fmt.Println(\"printed\")")
	if res.Err != nil || len(res.Data) != 0 || rec.out() != "printed\n" {
		t.Errorf("a trailing Println with cell types declared: %+v, stdout %q", res, rec.out())
	}
	// Stderr is not stdout.
	res, rec = run(t, s, "for i := 0; i < 1; i++ { fmt.Fprintln(os.Stderr, \"err\"); fmt.Println(\"out\") }")
	if res.Err != nil || rec.out() != "out\n" || rec.errOut() != "err\n" {
		t.Errorf("stdout %q, stderr %q, err %v", rec.out(), rec.errOut(), res.Err)
	}
}

// TestPrintStringsInLoops checks the prints in loops whose operand is known
// to be a string, which take gopad/strprint's func(string) (gs_): string
// literals and sums of them, the session's string variables where the
// print runs now, and operands the type check shows are strings. What is
// not known to be a string (a named string type, a variable of another
// type, a session variable in a function literal, which may run after a
// later cell changed its type) keeps the func(any), and every print
// prints what fmt prints.
func TestPrintStringsInLoops(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\ntype Color string\nfunc (c Color) String() string { return \"color \" + string(c) }\nw := \"ab\"\nn := 7\nc := Color(\"red\")")
	for _, tc := range []struct {
		code, want string
		typed      bool // through the type-checked pass (a range loop)
	}{
		{code: "for i := 0; i < 2; i++ { fmt.Println(\"x\"); fmt.Print(\"y\" + \"z\") }", want: "gs_.Println(\"x\"); gs_.Print("},
		// Color is based on string: a variable that holds a string may be
		// a Color.
		{code: "for i := 0; i < 2; i++ { fmt.Print(w); fmt.Println(w + \"!\") }", want: "gp_.Print(w); gp_.Println("},
		{code: "for i := 0; i < 2; i++ { fmt.Print(n); fmt.Println(c) }", want: "gp_.Print(n); gp_.Println(c)"},
		{code: "for w := 0; w < 2; w++ { fmt.Print(w) }", want: "gp_.Print(w)"},
		{code: "f := func() { for i := 0; i < 2; i++ { fmt.Print(w) } }", want: "gp_.Print(w)"},
		{code: "for _, s := range []string{\"p\"} { fmt.Println(s + \"?\"); fmt.Print(len(s)) }", want: "gs_.Println(s + \"?\"); fmt.Print(len(s))", typed: true},
		{code: "for _, x := range []Color{\"q\"} { fmt.Println(x); fmt.Println(string(x)) }", want: "gs_.Println(string(x))", typed: true},
		{code: "for range 1 { go func() { fmt.Print(w) }() }", want: "fmt.Print(w)", typed: true},
	} {
		got := tc.code
		if tc.typed {
			var err error
			if got, err = s.typedRewrite(got, true); err != nil {
				t.Fatal(err)
			}
		} else {
			got = mustRewrite(t, s, got)
		}
		if !strings.Contains(got, tc.want) {
			t.Errorf("%s\nbecame %s\nwant it to hold %s", tc.code, got, tc.want)
		}
	}
	checkCells(t, s, []cellCase{
		{code: "for i := 0; i < 2; i++ { fmt.Print(w); fmt.Println(w + \"!\"); fmt.Print(\"\") }", stdout: "abab!\nabab!\n"},
		{code: "for _, s := range []string{\"p\", \"q\"} { fmt.Println(s + \"?\") }", stdout: "p?\nq?\n"},
		{code: "for _, x := range []Color{\"q\"} { fmt.Println(x); fmt.Println(string(x)) }", stdout: "color q\nq\n"},
		{code: "func show() { for i := 0; i < 2; i++ { fmt.Print(w) } }\nshow()", stdout: "abab"},
		{code: "w := 3.5\nfor i := 0; i < 2; i++ { fmt.Println(w) }", stdout: "3.5\n3.5\n"},
	})
	// Without a cell type based on another type, the session's string
	// variables are taken for strings.
	s = newSession(t)
	run(t, s, "import \"fmt\"\ntype Point struct{ X int }\nline := \"xy\"")
	if got := mustRewrite(t, s, "for i := 0; i < 2; i++ { fmt.Print(line) }"); !strings.Contains(got, "gs_.Print(line)") {
		t.Errorf("a string variable's print became %s", got)
	}
	checkCells(t, s, []cellCase{{code: "for i := 0; i < 2; i++ { fmt.Print(line) }", stdout: "xyxy"}})
}

// mustRewrite is src, a statement chunk, through the session's rewrites that
// need no types.
func mustRewrite(t *testing.T, s *Session, src string) string {
	t.Helper()
	env := s.rewriteEnv(false, false)
	env.Check = nil // the syntax's judgment alone: the typed phase is skipped
	got, err := env.Run(chunkOf(src, true), rewrite.Pipeline...)
	if err != nil {
		t.Fatal(err)
	}
	return got
}
