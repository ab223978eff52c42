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

// TestFailedRebuildRestoresScope checks that a redefinition that does not
// compile leaves the whole scope as it was: the old type still works, and
// so do the statement variables the type checker needs and the imports.
func TestFailedRebuildRestoresScope(t *testing.T) {
	s := newSession(t)
	for _, code := range []string{
		"import \"strings\"",
		"func Map[T, U any](xs []T, f func(T) U) []U {\n\tout := make([]U, 0, len(xs))\n\tfor _, x := range xs {\n\t\tout = append(out, f(x))\n\t}\n\treturn out\n}",
		"nums := []int{1, 2, 3}",
		"type P struct{ X int }",
		"p := P{X: 7}",
	} {
		if res, rec := run(t, s, code); res.Err != nil {
			t.Fatalf("%q: %v (stderr %q)", code, res.Err, rec.errOut())
		}
	}
	if res, _ := run(t, s, "type P struct{ X undefinedType }"); res.Err == nil {
		t.Fatalf("a redefinition with an undefined type compiled")
	}
	for code, want := range map[string]string{
		"Map(nums, strconv.Itoa)":  "[1 2 3]",
		"p.X":                      "7",
		"strings.Repeat(\"a\", 3)": "aaa",
		"P{X: 2}.X":                "2",
	} {
		res, _ := run(t, s, code)
		if res.Err != nil || text(res) != want {
			t.Errorf("%s after a failed rebuild = %q, err %v; want %s", code, text(res), res.Err, want)
		}
	}
}

// TestRebuildKeepsValuesOfUnchangedTypes checks that a rebuild caused by
// one type keeps the variables of the cells' other types, which did not
// change, with their values.
func TestRebuildKeepsValuesOfUnchangedTypes(t *testing.T) {
	s := newSession(t)
	for _, code := range []string{
		"type City struct{ Name string }",
		"type Temp struct{ C float64 }",
		"home := City{Name: \"Oslo\"}\nptr := &City{Name: \"Bergen\"}",
		"type Temp struct{ C, F float64 }",
	} {
		if res, rec := run(t, s, code); res.Err != nil {
			t.Fatalf("%q: %v (stderr %q)", code, res.Err, rec.errOut())
		}
	}
	res, _ := run(t, s, "home.Name + \" \" + ptr.Name")
	if res.Err != nil || text(res) != "Oslo Bergen" {
		t.Errorf("variables of an unchanged type after a rebuild = %q, err %v; want \"Oslo Bergen\"", text(res), res.Err)
	}
}
