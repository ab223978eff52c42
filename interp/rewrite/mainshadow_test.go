package rewrite

import (
	"slices"
	"testing"
)

// TestShadowMain checks which identifiers of a statement chunk mean main's
// shadowing variable: those after its declaration and bound to it, and the
// free ones under a name an earlier chunk shadowed; not the package-level
// name read before it, a field key of a struct literal, a selector or a
// parameter of the same name.
func TestShadowMain(t *testing.T) {
	pkgNames := func(n string) bool { return n == "x" || n == "f" }
	for _, c := range []struct {
		src, shadowed, want string
		fresh               []string
	}{
		{src: "a := x\nx := x + 1\nprint(a, x)",
			want: "a := x\ngopadShadow_x := x + 1\nprint(a, gopadShadow_x)", fresh: []string{"x"}},
		{src: "f := f(2)\ng := func(x int) int { return x + f }\n_ = g",
			want: "gopadShadow_f := f(2)\ng := func(x int) int { return x + gopadShadow_f }\n_ = g", fresh: []string{"f"}},
		{src: "x := 1\n_ = T{x: x}\n_ = map[int]int{x: 2}\n_ = p.x",
			want: "gopadShadow_x := 1\n_ = T{x: gopadShadow_x}\n_ = map[int]int{gopadShadow_x: 2}\n_ = p.x", fresh: []string{"x"}},
		{src: "print(x)\n_ = map[int]int{x: 1}\nx = 3", shadowed: "x",
			want: "print(gopadShadow_x)\n_ = map[int]int{gopadShadow_x: 1}\ngopadShadow_x = 3"},
		{src: "var x, y = 1, 2\nprint(x, y)",
			want: "var gopadShadow_x, y = 1, 2\nprint(gopadShadow_x, y)", fresh: []string{"x"}},
		{src: "y := 1\nif x := 2; x > y {\n\tprint(x)\n}", want: "y := 1\nif x := 2; x > y {\n\tprint(x)\n}"},
	} {
		shadowed := func(n string) bool { return n == c.shadowed }
		got, fresh := ShadowMain(c.src, shadowed, pkgNames)
		if got != c.want || !slices.Equal(fresh, c.fresh) {
			t.Errorf("ShadowMain(%q) = %q, %v; want %q, %v", c.src, got, fresh, c.want, c.fresh)
		}
	}
}
