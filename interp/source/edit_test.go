package source

import (
	"errors"
	"testing"
)

func TestApply(t *testing.T) {
	const src = "f(a, b)"
	tests := []struct {
		name  string
		edits []Edit
		want  string
	}{
		{"none", nil, src},
		{"replace", []Edit{Replace(2, 3, "x")}, "f(x, b)"},
		{"insertions keep order", []Edit{{From: 0, To: 0, Text: "A", Order: 1}, {From: 0, To: 0, Text: "B"}}, "ABf(a, b)"},
		{"around encloses replacement", append(Around(2, 3, "g(", ")"), Replace(2, 3, "x")), "f(g(x), b)"},
		{"insertion at a replacement's start stays outside", []Edit{Replace(2, 3, "x"), Insert(2, "<")}, "f(<x, b)"},
		{"insertion at a replacement's end stays outside", []Edit{Replace(2, 3, "x"), Insert(3, ">")}, "f(x>, b)"},
		{"identical edits count once", []Edit{Replace(5, 6, "y"), Replace(5, 6, "y")}, "f(a, y)"},
		{"one text inserted in two orders is inserted twice",
			[]Edit{{From: 5, To: 5, Text: "(", Order: 2}, {From: 5, To: 5, Text: "(", Order: 1}, {From: 6, To: 6, Text: ")", Order: -1}, {From: 6, To: 6, Text: ")", Order: -2}}, "f(a, ((b)))"},
		{"two ranges", []Edit{Replace(2, 3, "x"), Replace(5, 6, "y")}, "f(x, y)"},
		// Two passes wrap ranges that start (or end) at one offset: the
		// longer range encloses the shorter whatever the edits' order.
		{"longer around encloses one starting with it", append(Around(0, 1, "g(", ")"), Around(0, 7, "h[", "]")...), "h[g(f)(a, b)]"},
		{"longer around encloses, given first", append(Around(0, 7, "h[", "]"), Around(0, 1, "g(", ")")...), "h[g(f)(a, b)]"},
		{"longer around encloses one ending with it", append(Around(5, 6, "g(", ")"), Around(2, 6, "h[", "]")...), "f(h[a, g(b)])"},
		{"longer around encloses one ending with it, given first", append(Around(2, 6, "h[", "]"), Around(5, 6, "g(", ")")...), "f(h[a, g(b)])"},
	}
	for _, tt := range tests {
		got, err := Apply(src, tt.edits)
		if err != nil || got != tt.want {
			t.Errorf("%s: Apply = %q, %v; want %q", tt.name, got, err, tt.want)
		}
	}
}

func TestApplyRefusesOverlaps(t *testing.T) {
	const src = "f(a, b)"
	tests := []struct {
		name  string
		edits []Edit
	}{
		{"insertion inside a replacement", []Edit{{From: 0, To: 7, Text: "g()", Pass: "outer"}, {From: 3, To: 3, Text: "!", Pass: "inner"}}},
		{"crossing replacements", []Edit{{From: 0, To: 4, Text: "x", Pass: "one"}, {From: 2, To: 6, Text: "y", Pass: "two"}}},
		{"one range replaced twice", []Edit{{From: 2, To: 3, Text: "x", Pass: "one"}, {From: 2, To: 3, Text: "y", Pass: "two"}}},
	}
	for _, tt := range tests {
		got, err := Apply(src, tt.edits)
		var oe *OverlapError
		if !errors.As(err, &oe) {
			t.Errorf("%s: Apply = %q, %v; want an overlap error", tt.name, got, err)
			continue
		}
		if got != src {
			t.Errorf("%s: Apply changed the source to %q on error", tt.name, got)
		}
		if oe.A.Pass == oe.B.Pass {
			t.Errorf("%s: the error names %q twice: %v", tt.name, oe.A.Pass, err)
		}
	}
	if _, err := Apply(src, []Edit{Replace(5, 9, "x")}); err == nil {
		t.Errorf("an edit past the end was applied")
	}
}
