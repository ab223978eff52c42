package interp

import (
	"strings"
	"testing"
)

// TestVariablesKeptPastTheirIteration checks variables that closures or
// pointers keep after the loop iteration that made them: each iteration's
// variables are its own, as in Go, also those of select cases and
// comma-ok definitions.
func TestVariablesKeptPastTheirIteration(t *testing.T) {
	const pre = "import \"fmt\"\nm := map[int]int{0: 7, 1: 8, 2: 9}\nvar fs []func() int\nvar ps []*int\n"
	cases := []struct{ name, code, want string }{
		{"select case", "c := make(chan int, 3)\nc <- 1\nc <- 2\nc <- 3\nfor i := 0; i < 3; i++ {\n\tselect {\n\tcase r := <-c:\n\t\tfs = append(fs, func() int { return r })\n\t}\n}\nfmt.Println(fs[0](), fs[1](), fs[2]())", "1 2 3"},
		{"select case with ok", "c := make(chan int, 3)\nc <- 4\nc <- 5\nc <- 6\nfor i := 0; i < 3; i++ {\n\tselect {\n\tcase r, ok := <-c:\n\t\tif ok {\n\t\t\tps = append(ps, &r)\n\t\t}\n\t}\n}\nfmt.Println(*ps[0], *ps[1], *ps[2])", "4 5 6"},
		{"map index", "for i := 0; i < 3; i++ {\n\tx, ok := m[i]\n\t_ = ok\n\tfs = append(fs, func() int { return x })\n}\nfmt.Println(fs[0](), fs[1](), fs[2]())", "7 8 9"},
		{"if with map index", "for i := 0; i < 3; i++ {\n\tif y, ok := m[i]; ok {\n\t\tps = append(ps, &y)\n\t} else {\n\t\tfmt.Println(\"missing\")\n\t}\n}\nfmt.Println(*ps[0], *ps[1], *ps[2])", "7 8 9"},
		{"else if", "for i := 0; i < 3; i++ {\n\tif i < 0 {\n\t} else if y, ok := m[i]; ok && y > 0 {\n\t\tfs = append(fs, func() int { return y })\n\t}\n}\nfmt.Println(fs[0](), fs[1](), fs[2]())", "7 8 9"},
		{"type assertion", "for _, a := range []any{1, 2, 3} {\n\tz, ok := a.(int)\n\t_ = ok\n\tfs = append(fs, func() int { return z })\n}\nfmt.Println(fs[0](), fs[1](), fs[2]())", "1 2 3"},
		{"receive", "c := make(chan int, 3)\nc <- 4\nc <- 5\nc <- 6\nfor i := 0; i < 3; i++ {\n\tr, ok := <-c\n\t_ = ok\n\tfs = append(fs, func() int { return r })\n}\nfmt.Println(fs[0](), fs[1](), fs[2]())", "4 5 6"},
		{"redeclared ok", "var ok bool\nfor i := 0; i < 3; i++ {\n\tx, ok := m[i]\n\tfs = append(fs, func() int { return x })\n\t_ = ok\n}\nfmt.Println(fs[0](), fs[1](), fs[2](), ok)", "7 8 9 false"},
	}
	for _, c := range cases {
		s := newSession(t)
		res, rec := run(t, s, pre+c.code)
		if got := strings.TrimSpace(rec.out()); res.Err != nil || got != c.want {
			t.Errorf("%s: printed %q, err %v; want %s", c.name, got, res.Err, c.want)
		}
	}
}
