package interp

import "testing"

// A return of several values computes each of them: a call of a
// func-typed field, variable or method value, and a builtin call, among
// the results.
func TestFidCallsMultiReturn(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"func field, value receiver", `type Filter struct{ Keep func(string) bool }
func (f Filter) Process(s string) (string, bool) { return s, f.Keep(s) }
f := Filter{func(s string) bool { return s != "" }}
fmt.Println(f.Process("a"))
fmt.Println(f.Process(""))`, "a true\n false\n"},
		{"func field, pointer receiver, first result", `type Filter struct{ Keep func(string) bool }
func (f *Filter) Process(s string) (bool, string) { return f.Keep(s), s }
f := &Filter{func(s string) bool { return true }}
fmt.Println(f.Process("a"))`, "true a\n"},
		{"local func variable", `func check(s string) (string, bool, int) {
	keep := func(string) bool { return true }
	return s, keep(s), 3
}
fmt.Println(check("x"))`, "x true 3\n"},
		{"through an interface", `type Stage interface{ Process(string) (string, bool) }
type Filter struct{ Keep func(string) bool }
func (f Filter) Process(s string) (string, bool) { return s, f.Keep(s) }
var st Stage = Filter{func(string) bool { return true }}
next, ok := st.Process("in")
fmt.Println(next, ok)`, "in true\n"},
		{"builtin result", `func load(xs []string) ([]string, int) { return xs, len(xs) }
_, n := load([]string{"a", "b"})
xs, m := load(nil)
fmt.Println(n, m, xs == nil)`, "2 0 true\n"},
		{"append and named results", `func grow(xs []int) (n int, out []int, err error) { return len(xs), append(xs, 9), fmt.Errorf("e%d", len(xs)) }
fmt.Println(grow([]int{1}))`, "1 [1 9] e1\n"},
	})
}

// A statement that starts with func (a function literal called at once,
// also the shape the session gives a top-level "_ = f()") runs once: not
// again when the next cell runs.
func TestFidCallsFuncStatementRunsOnce(t *testing.T) {
	cases := []struct {
		name  string
		cells []string
		want  string
	}{
		{"blank assignment among statements", []string{
			"type Acc struct{ B int }\nfunc (a *Acc) Withdraw(n int) error { a.B -= n; return nil }\nacc := &Acc{B: 100}",
			"x := 1\n_ = acc.Withdraw(10)\nfmt.Println(acc.B, x)",
			"fmt.Println(acc.B)",
		}, "90 1\n90\n"},
		{"two blanks", []string{
			"type Acc struct{ B int }\nfunc (a *Acc) Take() (int, error) { a.B--; return a.B, nil }\nacc := &Acc{B: 10}",
			"_, _ = acc.Take()",
			"fmt.Println(acc.B)",
			"fmt.Println(acc.B)",
		}, "9\n9\n"},
		{"function literal called at once", []string{
			"n := 0",
			"func() { n++ }()",
			"fmt.Println(n)",
			"fmt.Println(n)",
		}, "1\n1\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := newSession(t)
			var out string
			for _, code := range c.cells {
				res, rec := run(t, s, code)
				if res.Err != nil {
					t.Fatalf("%q: %s: %s", code, res.Err.Name, res.Err.Value)
				}
				out += rec.out()
			}
			if out != c.want {
				t.Errorf("printed %q, want %q", out, c.want)
			}
		})
	}
	s := newSession(t)
	if res, _ := run(t, s, "func() int { return 7 }()"); text(res) != "7" {
		t.Errorf("value of a called literal: %s, want 7", text(res))
	}
}
