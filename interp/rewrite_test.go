package interp

import (
	"strings"
	"testing"
)

// TestModernGo checks the constructs newer than the interpreter that the
// session rewrites: range over an integer, min, max and clear.
func TestModernGo(t *testing.T) {
	s := newSession(t)
	cases := []struct{ code, stdout, result string }{
		{code: "for i := range 3 { fmt.Print(i) }", stdout: "012"},
		{code: "n := 4\nfor i := range n { fmt.Print(i) }", stdout: "0123"},
		{code: "func count(k int) { for i := range k { fmt.Print(i) } }\ncount(2)", stdout: "01"},
		{code: "xs := []int{5, 6}\nfor i := range len(xs) { fmt.Print(xs[i]) }", stdout: "56"},
		{code: "total := 0\nfor range 5 { total++ }\ntotal", result: "5"},
		{code: "var big int64 = 3\nfor j := range big { fmt.Printf(\"%T \", j) }", stdout: "int64 int64 int64 "},
		{code: "for _, v := range []string{\"a\", \"b\"} { fmt.Print(v) }", stdout: "ab"},
		{code: "min(3, 1, 2)", result: "1"},
		{code: "max(2.5, 7.25)", result: "7.25"},
		{code: "max(\"pear\", \"apple\")", result: "pear"},
		{code: "a, b := 10, 20\nmin(a, b) + max(a, b)", result: "30"},
		{code: "m := map[string]int{\"a\": 1, \"b\": 2}\nclear(m)\nlen(m)", result: "0"},
		{code: "sl := []int{1, 2, 3}\nclear(sl)\nsl", result: "[0 0 0]"},
	}
	for _, c := range cases {
		res, rec := run(t, s, c.code)
		if res.Err != nil {
			t.Errorf("%q: %s: %s\n%s", c.code, res.Err.Name, res.Err.Value, strings.Join(res.Err.Traceback, "\n"))
			continue
		}
		if c.stdout != "" && rec.out() != c.stdout {
			t.Errorf("%q: stdout %q, want %q", c.code, rec.out(), c.stdout)
		}
		if c.result != "" && text(res) != c.result {
			t.Errorf("%q: result %q, want %q", c.code, text(res), c.result)
		}
	}
}
