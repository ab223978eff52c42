package interp

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// TestUserNamesStartingWithGopad: a user's variable named gopadCount is
// completed, inspected and kept across a rebuild like any other, while
// the session's own names (the prelude's, the temporaries rewrites
// declare) stay out of completion.
func TestUserNamesStartingWithGopad(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "gopadCount := 41\nvar gopadTotal = 2")
	// A cell whose rewrite declares a temporary at the top level
	// (gopadR<offset>_<n>, for a variable redeclared in place).
	mustRun(t, s, "func two() (int, int) { return 1, 2 }\na, b := two()\np := &a\na, c := two()\n_, _, _ = b, c, p")

	got := s.Complete(context.Background(), "gopad", 5)
	for _, want := range []string{"gopadCount", "gopadTotal"} {
		if !slices.Contains(got.Matches, want) {
			t.Errorf("completion of gopad: %v lacks %s", got.Matches, want)
		}
	}
	for _, m := range got.Matches {
		if m != "gopadCount" && m != "gopadTotal" {
			t.Errorf("completion of gopad offers the session's own %s", m)
		}
	}
	in := s.Inspect(context.Background(), "gopadCount", 10, 0)
	if txt, _ := in.Data["text/plain"].(string); !in.Found || !strings.Contains(txt, "value: 41") {
		t.Errorf("inspect gopadCount: %+v", in)
	}
	// A type change rebuilds the session; the user's variables keep their
	// values.
	mustRun(t, s, "type P struct{ X int }")
	res, rec := run(t, s, "type P struct{ X, Y int }")
	if res.Err != nil || !strings.Contains(rec.errOut(), "gopadCount") {
		t.Errorf("rebuild: %v, stderr %q, want gopadCount kept", res.Err, rec.errOut())
	}
	if res := mustRun(t, s, "gopadCount + 1"); text(res) != "42" {
		t.Errorf("gopadCount + 1 after the rebuild = %s, want 42", text(res))
	}
}

func TestGopadNames(t *testing.T) {
	for name, want := range map[string]bool{
		"gopadDefers": true, "gopadRunDefers": true, "gopadBuiltin": true, "gopadLast": true,
		"gopadMain": true, "gopadDisplayOf": true, "gopadCell3": true, "gopadR12_0": true,
		"gopadU7_1": true, "gopadF120": true, "gopadRet2": true, "gopadE20": true,
		"gopadCount": false, "gopad": false, "gopadR": false, "gopadCell": false, "gopadX1": false, "count": false,
	} {
		if got := isGopadName(name); got != want {
			t.Errorf("isGopadName(%s) = %v, want %v", name, got, want)
		}
	}
}
