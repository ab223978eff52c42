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

// TestSilentFmtMethodsOfCellTypes checks the verbs fmt prints a String
// result with (%x of a Stringer is the hex of its text), %#v of a
// GoStringer, and String methods on pointer receivers called with nil
// pointers, as Go calls them.
func TestSilentFmtMethodsOfCellTypes(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\ntype Level int\nfunc (l Level) String() string { return \"INFO\" }\ntype Secret string\nfunc (Secret) GoString() string { return `Secret(\"***\")` }\n"+
		"type Node struct{ V int; Next *Node }\nfunc (n *Node) String() string { if n == nil { return \"nil\" }; return fmt.Sprintf(\"%d->%v\", n.V, n.Next) }\n"+
		"type Val struct{ X int }\nfunc (v Val) String() string { return \"val\" }\n"+
		"type Bad struct{ F string }\nfunc (b *Bad) Error() string { return \"bad \" + b.F }")
	checkCells(t, s, []cellCase{
		{code: "fmt.Printf(\"%v %d %x %X %8s|\\n\", Level(1), Level(1), Level(1), Level(1), Level(1))", stdout: "INFO 1 494e464f 494E464F     INFO|\n"},
		{code: "fmt.Printf(\"%#v %v\\n\", Secret(\"pw\"), Secret(\"pw\"))", stdout: "Secret(\"***\") pw\n"},
		{code: "var empty *Node\nfmt.Println(empty, &Node{1, &Node{2, nil}})\nfmt.Printf(\"%v|%s\\n\", empty, []*Node{nil})", stdout: "nil 1->2->nil\nnil|[nil]\n"},
		{code: "var pv *Val\nfmt.Println(pv, &Val{})", stdout: "<nil> val\n"},
		// A pointer method that panics on nil: fmt shows <nil>.
		{code: "var b *Bad\nfmt.Println(b, []*Bad{nil, {\"x\"}})", stdout: "<nil> [<nil> bad x]\n"},
	})
}

// TestSilentFmtStaticTypeNames checks %T of operands whose static type
// is a function, channel or struct type over the cells' types: Go's
// reflect spelling, not the interpreter's underlying types.
func TestSilentFmtStaticTypeNames(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"fmt\"; \"time\")\ntype Point struct{ X, Y float64 }\nfunc (p Point) Add(q Point) Point { return p }\nfunc (p *Point) Scale(f float64) {}")
	checkCells(t, s, []cellCase{
		{code: "add := Point.Add\nfmt.Printf(\"%T|%T\\n\", add, (*Point).Scale)", stdout: "func(main.Point, main.Point) main.Point|func(*main.Point, float64)\n"},
		{code: "var f func(Point, ...int) (Point, error)\nvar g func([]byte, rune, any) time.Duration\nvar c <-chan map[string]*Point\nfmt.Printf(\"%T|%T|%T\\n\", f, g, c)",
			stdout: "func(main.Point, ...int) (main.Point, error)|func([]uint8, int32, interface {}) time.Duration|<-chan map[string]*main.Point\n"},
		{code: "var st struct {\n\ta int\n\tB string `json:\"b\"`\n}\nfmt.Printf(\"%T|%T\\n\", st, struct{}{})", stdout: "struct { a int; B string \"json:\\\"b\\\"\" }|struct {}\n"},
	})
}

// TestSilentFmtBuiltinPrint checks the predeclared print and println:
// print never adds spaces, println does; nil pointers, maps, slices and
// functions print as a compiled program prints them, also when deferred.
func TestSilentFmtBuiltinPrint(t *testing.T) {
	s := newSession(t)
	checkCells(t, s, []cellCase{
		{code: "print(1, 2, \"a\", 3.5, true, \"\\n\")\nprintln(1, 2, \"a\", 3.5, true)", stdout: "12a3.5true\n1 2 a 3.5 true\n"},
		{code: "var p *int\nvar m map[string]int\nvar sl []int\nvar f func()\nvar e error\nprintln(p, m, sl, f, e, complex(9.0, 10.0), uint8(7), int64(-7))",
			stdout: "0x0 0x0 [0/0]0x0 0x0 (0x0,0x0) (9+10i) 7 -7\n"},
		{code: "print(-(1<<63), \"\\n\")\nprint((1<<63)-1, \"\\n\")", stdout: "-9223372036854775808\n9223372036854775807\n"},
		{code: "func deferred() {\n\tdefer println(42, (chan int)(nil))\n\tdefer print(\"printing: \")\n}\ndeferred()", stdout: "printing: 42 0x0\n"},
		{code: "print := func(s string) { println(\"mine\", s) }\nprint(\"x\")", stdout: "mine x\n"},
	})
}
