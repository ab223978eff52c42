package interp

import "testing"

// TestSilentFmtGenericTypeNames checks that %T and %#v name an instance
// of a cell's generic type as Go does (main.Stack[string]), not by the
// name of the concrete copy the session runs.
func TestSilentFmtGenericTypeNames(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\ntype Stack[T any] struct{ items []T }\ntype Pair[K comparable, V any] struct{ K K; V V }\ntype F[T any] struct{}\ntype foo int")
	checkCells(t, s, []cellCase{
		{code: "var st Stack[string]\nfmt.Printf(\"%T %T\\n\", st, &Stack[int]{})", stdout: "main.Stack[string] *main.Stack[int]\n"},
		{code: "p := Pair[string, int]{\"a\", 1}\nfmt.Printf(\"%T|%#v\\n\", p, p)", stdout: "main.Pair[string,int]|main.Pair[string,int]{K:\"a\", V:1}\n"},
		{code: "fmt.Println(fmt.Sprintf(\"%T\", F[foo]{}))", stdout: "main.F[main.foo]\n"},
		{code: "var a any = Pair[int, bool]{}\nfmt.Printf(\"%T\\n\", a)", stdout: "main.Pair[int,bool]\n"},
	})
	// A program declaring its generic type in the same cell.
	checkCells(t, newSession(t), []cellCase{
		{code: "package main\nimport \"fmt\"\ntype Box[T any] struct{ v T }\nfunc main() { b := Box[float64]{}; fmt.Printf(\"%T\\n\", b) }", stdout: "main.Box[float64]\n"},
	})
}
