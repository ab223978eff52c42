package interp

import (
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
	if got := s.rewrite("for i := 0; i < 2; i++ { fmt.Println(\"x\"); fmt.Print(\"y\") }", true); !strings.Contains(got, "gp_.Println(") || !strings.Contains(got, "gp_.Print(") {
		t.Errorf("not rewritten: %s", got)
	}
	// Outside loops fmt's calls stay (a trailing one has no value to show).
	if got := s.rewrite("fmt.Println(\"x\")\nfor i := 0; i < 2; i++ {}", true); strings.Contains(got, "gp_") {
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
