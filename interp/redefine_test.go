package interp

import (
	"strings"
	"testing"
)

// TestRedefinition runs the sequences a learner produces: define, use,
// edit, re-run, use. The new definition must win everywhere.
func TestRedefinition(t *testing.T) {
	type step struct{ code, result, stderr, err string }
	cases := []struct {
		name  string
		steps []step
	}{
		{"function with a caller", []step{
			{code: "func f() int { return 1 }\nfunc g() int { return f() * 10 }", result: "<none>"},
			{code: "g()", result: "10"},
			{code: "func f() int { return 2 }", result: "<none>", stderr: "f changed"},
			{code: "g()", result: "20"},
		}},
		{"function with a new signature", []step{
			{code: "func add(a, b int) int { return a + b }", result: "<none>"},
			{code: "func add(a, b, c int) int { return a + b + c }\nadd(1, 2, 3)", result: "6"},
		}},
		{"type gets a field", []step{
			{code: "type P struct{ X, Y int }\nfunc (p P) Sum() int { return p.X + p.Y }", result: "<none>"},
			{code: "n := 5\nnames := []string{\"a\"}\np := P{1, 2}\np.Sum()", result: "3"},
			{code: "type P struct{ X, Y, Z int }", result: "<none>", stderr: "kept n, names"},
			{code: "P{1, 2, 3}.Sum()", result: "3"},
			{code: "n", result: "5"},
		}},
		{"method changes", []step{
			{code: "type T struct{ V int }\nfunc (t T) Double() int { return t.V * 2 }", result: "<none>"},
			{code: "T{4}.Double()", result: "8"},
			{code: "func (t T) Double() int { return t.V * 3 }", result: "<none>", stderr: "Double changed"},
			{code: "T{4}.Double()", result: "12"},
		}},
		{"var and const", []step{
			{code: "const limit = 3\nvar greeting = \"hi\"", result: "<none>"},
			{code: "const limit = 4\nvar greeting = \"hello\"\nfmt.Sprint(greeting, limit)", result: "hello4"},
		}},
		{"a constant with a user", []step{
			{code: "const k = 1\nfunc useK() int { return k * 10 }", result: "<none>"},
			{code: "useK()", result: "10"},
			{code: "const k = 2", result: "<none>", stderr: "k changed"},
			{code: "useK()", result: "20"},
		}},
		{"a variable with a user", []step{
			{code: "var v = 10\nfunc getV() int { return v }", result: "<none>"},
			{code: "getV()", result: "10"},
			{code: "var v = 20", result: "<none>", stderr: "v changed"},
			{code: "getV()", result: "20"},
			{code: "v = 30\ngetV()", result: "30"},
		}},
		{"a type change drops what no longer compiles, and keeps the rest", []step{
			{code: "type P struct{ X int }\nfunc (p P) Get() int { return p.X }", result: "<none>"},
			{code: "p := P{1}\nn := 5\nvar q = P{2}\nvar total = 7", result: "<none>"},
			{code: "type P struct{ X, Y int }\nfunc (p P) Get() int { return p.X + p.Y }", result: "<none>",
				stderr: "kept n, total; reset p (re-run the cells that set them); dropped var q (too few values in struct literal)"},
			{code: "P{1, 2}.Get() + n + total", result: "15"},
			{code: "q", err: "undefined: q"},
			// An edit that does not compile leaves the session as it was.
			{code: "func (p P) Get() int { return p.X + undefinedZ }", err: "cell line 1, column 37: undefined: undefinedZ"},
			{code: "P{1, 2}.Get() + n", result: "8"},
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := newSession(t)
			for i, st := range tc.steps {
				res, rec := run(t, s, st.code)
				if st.err != "" {
					if res.Err == nil || !strings.Contains(strings.Join(res.Err.Traceback, "\n"), st.err) {
						t.Errorf("step %d %q: error %+v, want one saying %q", i, st.code, res.Err, st.err)
					}
					continue
				}
				if res.Err != nil {
					t.Fatalf("step %d %q: %s: %s\n%s", i, st.code, res.Err.Name, res.Err.Value, strings.Join(res.Err.Traceback, "\n"))
				}
				if got := text(res); got != st.result {
					t.Errorf("step %d %q: result %q, want %q", i, st.code, got, st.result)
				}
				if st.stderr != "" && !strings.Contains(rec.errOut(), st.stderr) {
					t.Errorf("step %d %q: stderr %q, want it to contain %q", i, st.code, rec.errOut(), st.stderr)
				}
			}
		})
	}
}
