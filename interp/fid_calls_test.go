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
