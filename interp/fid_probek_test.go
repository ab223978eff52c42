package interp

import "testing"

// runCellSeq runs cells in one session and returns what they printed.
func runCellSeq(t *testing.T, cells []string) string {
	t.Helper()
	s := newSession(t)
	var out string
	for _, code := range cells {
		res, rec := run(t, s, code)
		if res.Err != nil {
			t.Fatalf("%q: %s: %s\noutput: %q", code, res.Err.Name, res.Err.Value, rec.out())
		}
		out += rec.out()
	}
	return out
}

// A variable of a standard generic type (atomic.Pointer[T],
// unique.Handle[T]) declared in one cell keeps its type in the next: %+v
// of the value it holds names the fields as written, not as yaegi renamed
// them (Xversion).
func TestFidProbekStdGenericAcrossCells(t *testing.T) {
	cases := []struct {
		name  string
		cells []string
		want  string
	}{
		{"atomic.Pointer, %+v of the loaded value", []string{
			"import (\n\t\"fmt\"\n\t\"sync/atomic\"\n)",
			"type snapshot struct {\n\tversion int\n\tname    string\n}",
			"var p atomic.Pointer[snapshot]",
			"p.Store(&snapshot{1, \"first\"})\nprev := p.Swap(&snapshot{2, \"second\"})\nfmt.Printf(\"prev=%+v now=%+v\\n\", *prev, *p.Load())",
			"fmt.Printf(\"%+v\\n\", p.Load())",
		}, "prev={version:1 name:first} now={version:2 name:second}\n&{version:2 name:second}\n"},
		{"unique.Handle, %+v of its value", []string{
			"import (\n\t\"fmt\"\n\t\"unique\"\n)",
			"type key struct{ user, region string }",
			"h := unique.Make(key{\"ann\", \"eu\"})",
			"fmt.Printf(\"%+v %v\\n\", h.Value(), h == unique.Make(key{\"ann\", \"eu\"}))",
		}, "{user:ann region:eu} true\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := runCellSeq(t, c.cells); got != c.want {
				t.Errorf("printed %q, want %q", got, c.want)
			}
		})
	}
}
