package interp

import "testing"

// TestFidProbeATupleCalls checks that an assignment of several values
// reads all its operands before it assigns any, when some of them are
// calls or receives: a swap through functions, a tree mirrored in place,
// at the top level and inside functions.
func TestFidProbeATupleCalls(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\nfunc id(x int) int { return x }\n"+
		"type N struct{ L, R *N; V int }\n"+
		"func inv(n *N) *N { if n != nil { n.L, n.R = inv(n.R), inv(n.L) }; return n }")
	checkCells(t, s, []cellCase{
		{code: "a, b := 1, 2\na, b = id(b), id(a)\nfmt.Println(a, b)", stdout: "2 1\n"},
		{code: "a, b = b, id(a)\nfmt.Println(a, b)", stdout: "1 2\n"},
		{code: "ch := make(chan int, 1)\nch <- 9\na, b = <-ch, a\nfmt.Println(a, b)", stdout: "9 1\n"},
		{code: "a, b = 5, 6\nfmt.Println(a, b)", stdout: "5 6\n"},
		{code: "t := inv(&N{V: 1, L: &N{V: 2, L: &N{V: 4}}, R: &N{V: 3}})\nfmt.Println(t.L.V, t.R.V, t.R.R.V)", stdout: "3 2 4\n"},
		{code: "func() { xs := []int{1, 2}; xs[0], xs[1] = id(xs[1]), id(xs[0]); fmt.Println(xs) }()", stdout: "[2 1]\n"},
		{code: "func() { x, y := 1, 2; for i := 0; i < 3; i++ { x, y = y, id(x+y) }; fmt.Println(x, y) }()", stdout: "5 8\n"},
	})
}
