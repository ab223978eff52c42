package interp

import "testing"

// TestNewOfValue checks Go 1.26's new(expr): a pointer to a copy of the
// value, typed as the call is (the interpreter alone gives a pointer to
// zero); new of a type stays new of a type.
func TestNewOfValue(t *testing.T) {
	s := newSession(t)
	checkCells(t, s, []cellCase{
		{code: "p := new(3)\n*p *= 2\nfmt.Println(*p)", stdout: "6\n"},
		{code: "type S struct{ R *float64; L *string }\ns := S{R: new(0.5), L: new(\"x\")}\nfmt.Println(*s.R, *s.L)", stdout: "0.5 x\n"},
		{code: "q := new([]int{1, 2})\n*q = append(*q, 3)\nfmt.Println(*q, len(*new(\"abc\")))", stdout: "[1 2 3] 3\n"},
		{code: "z := new(int)\nfmt.Println(*z)", stdout: "0\n"},
	})
}
