package interp

import (
	"strings"
	"testing"
)

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
		{"local variable holding a field", `type Filter struct{ Keep func(string) bool }
func check(f Filter, s string) (string, bool, int) {
	keep := f.Keep
	return s, keep(s), 3
}
fmt.Println(check(Filter{func(string) bool { return true }}, "x"))`, "x true 3\n"},
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
		{"receive", `func next(ch chan int) int { return <-ch }
func pair(ch chan int) (string, int) { return "v", <-ch }
ch := make(chan int, 2)
ch <- 1
ch <- 2
fmt.Println(next(ch))
fmt.Println(pair(ch))`, "1\nv 2\n"},
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

// A type that refers to itself other than through a struct is refused
// before it runs, naming the type and the workaround (yaegi panicked or
// recursed until the process died); a recursion through a struct runs,
// and so do a func type that returns itself, a map type whose values are
// itself and a slice type of itself.
func TestFidCallsRecursiveTypes(t *testing.T) {
	for _, code := range []string{
		"type F func() *F\nvar f F\nfmt.Println(f == nil)",
		"type A []B\ntype B []A",
	} {
		s := newSession(t)
		res, rec := run(t, s, code)
		if res.Err == nil || res.Err.Name != "Unsupported" || !strings.Contains(res.Err.Value, "refers to itself") ||
			!strings.Contains(res.Err.Value, "struct{") {
			t.Errorf("%q: got error %+v, output %q; want Unsupported naming the recursive type", code, res.Err, rec.out())
		}
	}
	runSilentCases(t, []silentCase{
		{"a map and a local slice type of themselves (rewrite/selfmaps.go)", "type Tree map[string]Tree\nt := Tree{\"a\": Tree{}}\nfmt.Println(len(t), t)\nfunc f() {\n\ttype L []L\n\tfmt.Println(len(L{}), L{nil, {}})\n}\nf()", "1 map[a:map[]]\n0 [[] []]\n"},
		{"a func type that returns itself (rewrite/selffunctypes.go)", "type Machine struct{ n int }\ntype stateFn func(m *Machine, in string) stateFn\nfunc idle(m *Machine, in string) stateFn { return nil }\nfmt.Println(idle(nil, \"\") == nil)", "true\n"},
		{"recursion through a struct", `type state struct{ fn func(n int) state }
func step(n int) state { if n > 1 { return state{} }; return state{step} }
s := state{step}
for i := 0; s.fn != nil; i++ { s = s.fn(i); fmt.Print(i, " ") }
type Node struct { kids []Node; next *Node }
n := Node{kids: []Node{{}, {}}}
fmt.Println(len(n.kids))`, "0 1 2 2\n"},
	})
}

// A range over an integer runs whatever the operand's spelling, with the
// operand's type, and evaluates it once.
func TestFidCallsRangeInt(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"min in a generic function", `func Count[A, B any](as []A, bs []B) int {
	n := min(len(as), len(bs))
	s := 0
	for i := range n { s += i }
	return s
}
fmt.Println(Count([]int{1, 2, 3}, []string{"a", "b", "c", "d"}))`, "3\n"},
		{"field, call once, named type", `type Weekday int
type Cal struct{ Days Weekday }
calls := 0
days := func() int { calls++; return 3 }
c := Cal{2}
for d := range c.Days { fmt.Printf("%T %d ", d, d) }
for range days() {}
fmt.Println(calls)`, "main.Weekday 0 main.Weekday 1 1\n"},
		{"local named type", `func main() {
	type Weekday int
	const days Weekday = 2
	for d := range days { fmt.Printf("%T %d\n", d, d) }
}
main()`, "main.Weekday 0\nmain.Weekday 1\n"},
	})
}

// The result of a standard library generic function has the cell's type
// it has in Go: it can be ranged over, indexed and printed.
func TestFidCallsGenericResultOfCellType(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"maps.Clone of a named map", `type Catalog map[string]float64
func (c Catalog) Doubled() Catalog {
	out := maps.Clone(c)
	for name, p := range out { out[name] = p * 2 }
	return out
}
c := Catalog{"tea": 1.5}
fmt.Println(c.Doubled(), c)
fmt.Printf("%T\n", maps.Clone(c))`, "map[tea:3] map[tea:1.5]\nmain.Catalog\n"},
		{"slices.Clone of cell types", `type Item struct{ N int }
type Names []string
for _, it := range slices.Clone([]Item{{1}, {2}}) { fmt.Print(it.N, " ") }
ns := slices.Clone(Names{"b", "a"})
ns[0] = "z"
fmt.Println(ns, len(ns))`, "1 2 [z a] 2\n"},
	})
}

// fmt.Errorf's %w wraps a struct value of a cell's error type (with an Is
// method, seen by errors.Is); errors.As with a struct value target answers
// as Go does when it can tell, and otherwise stops the cell naming the
// target's type and the pointer workaround, never a silent false.
func TestFidCallsErrorsAsStructValue(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"%w of a struct value with Is", `type NotFound struct{ Name string }
func (e NotFound) Error() string { return e.Name + " not found" }
func (e NotFound) Is(target error) bool { return target == fs.ErrNotExist }
func find() error { return fmt.Errorf("load: %w", NotFound{"cfg"}) }
err := find()
fmt.Println(err, errors.Is(err, fs.ErrNotExist), errors.Is(err, io.EOF))`, "load: cfg not found true false\n"},
		{"As answers false for other errors", `type StateError struct{ From, Op string }
func (e StateError) Error() string { return "cannot " + e.Op + " from " + e.From }
type PathErr struct{ Path string }
func (e *PathErr) Error() string { return e.Path }
var se StateError
var pe *PathErr
fmt.Println(errors.As(io.EOF, &se), errors.As(fmt.Errorf("x: %w", &PathErr{"/a"}), &se))
fmt.Println(errors.As(fmt.Errorf("x: %w", &PathErr{"/a"}), &pe), pe.Path)`, "false false\ntrue /a\n"},
	})
	s := newSession(t)
	res, rec := run(t, s, `type StateError struct{ From, Op string }
func (e StateError) Error() string { return "cannot " + e.Op + " from " + e.From }
func lock() error { return StateError{"open", "lock"} }
var se StateError
if errors.As(lock(), &se) { fmt.Println("state error", se.Op) } else { fmt.Println("other") }`)
	if res.Err != nil || rec.out() != "state error lock\n" {
		t.Errorf("errors.As on a struct value: error %+v, output %q; want %q", res.Err, rec.out(), "state error lock\n")
	}
}
