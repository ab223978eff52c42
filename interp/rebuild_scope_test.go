package interp

import "testing"

// TestRebuildKeepsStatementVariables checks that a rebuild (a type changed)
// keeps what the type checker knows of the variables statements declared:
// the call of a generic function below needs their types to be written
// out for the interpreter.
func TestRebuildKeepsStatementVariables(t *testing.T) {
	s := newSession(t)
	for _, code := range []string{
		"func Map[T, U any](xs []T, f func(T) U) []U {\n\tout := make([]U, 0, len(xs))\n\tfor _, x := range xs {\n\t\tout = append(out, f(x))\n\t}\n\treturn out\n}",
		"nums := []int{1, 2, 3}",
		"type P struct{ X int }",
		"type P struct{ X, Y int }",
	} {
		if res, rec := run(t, s, code); res.Err != nil {
			t.Fatalf("%q: %v (stderr %q)", code, res.Err, rec.errOut())
		}
	}
	res, _ := run(t, s, "Map(nums, strconv.Itoa)")
	if res.Err != nil || text(res) != "[1 2 3]" {
		t.Fatalf("Map(nums, strconv.Itoa) after a rebuild = %q, err %v; want [1 2 3]", text(res), res.Err)
	}
}
