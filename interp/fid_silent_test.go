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

// TestFidSilentTypedNilInterface checks that a nil pointer or map of a
// cell's type, converted to error or fmt.Stringer, is refused with an
// error when it happens (Go keeps the typed nil, so the interface is not
// nil; gopad would hold nil), while non-nil values, the cells' own
// interfaces and untyped nils work as in Go.
func TestFidSilentTypedNilInterface(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\ntype MyErr struct{}\nfunc (*MyErr) Error() string { return \"my error\" }\n"+
		"type M map[string]int\nfunc (M) String() string { return \"M\" }\ntype Own interface{ Error() string }\n"+
		"func mayFail(fail bool) error {\n\tvar p *MyErr\n\tif fail {\n\t\tp = &MyErr{}\n\t}\n\treturn p\n}\n"+
		"func own(p *MyErr) Own { return p }\nfunc fixed() error { return nil }")
	checkCells(t, s, []cellCase{
		{code: "fmt.Println(mayFail(true), fixed() == nil, own(nil) == nil)", stdout: "my error true false\n"},
		{code: "var m M = M{}\nvar st fmt.Stringer = m\nfmt.Println(st)", stdout: "M\n"},
	})
	for _, code := range []string{
		"err := mayFail(false)\nfmt.Println(err == nil)",
		"var p *MyErr\nvar e error\ne = p\nfmt.Println(e == nil)",
		"var m M\nfmt.Println([]fmt.Stringer{m}[0] == nil)",
		"var p *MyErr\nfmt.Println(error(p) == nil)",
	} {
		out, e := runErr(t, s, code)
		if !strings.Contains(e, "converted to the interface") || out != "" {
			t.Errorf("%q: stdout %q, error %q; want the typed nil refused", code, out, e)
		}
	}
}
