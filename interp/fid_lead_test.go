package interp

import "testing"

// TestFidAnyHoldsStringerComposites checks values printed through an
// empty interface (a parameter or variable declared any, an element of an
// []any, a spread ...any) whose printing needs the cells' methods: a
// struct whose field has a String method, and a type over a slice with a
// String method. Go prints them through those methods; a bare []string in
// the same place is no Names, and %T names the type.
func TestFidAnyHoldsStringerComposites(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"fmt\"; \"strings\")\ntype ID int\nfunc (i ID) String() string { return fmt.Sprintf(\"#%d\", int(i)) }\n"+
		"type Pair struct{ K string; V ID }\ntype Names []string\nfunc (n Names) String() string { return strings.Join(n, \"+\") }\n"+
		"func show(v any) string { return fmt.Sprintf(\"%v|%T\", v, v) }")
	checkCells(t, s, []cellCase{
		{code: "fmt.Println(show(Pair{\"k\", 7}), show(Names{\"a\", \"b\"}), show([]string{\"c\"}))", stdout: "{k #7}|main.Pair a+b|main.Names [c]|[]string\n"},
		{code: "vals := []any{Pair{\"z\", 1}, Names{\"x\"}, []string{\"y\"}}\nfor _, v := range vals {\n\tfmt.Println(v)\n}\nfmt.Println(vals...)", stdout: "{z #1}\nx\n[y]\n{z #1} x [y]\n"},
		{code: "var a any = Pair{\"q\", 2}\nfmt.Printf(\"%v %s\\n\", a, a)", stdout: "{q #2} {q #2}\n"},
	})
}
