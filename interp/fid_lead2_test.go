package interp

import "testing"

// TestFidBasicErrorTypesApart checks cell error types over one basic type
// (type NotFoundError string, type PermissionError string) inside an error:
// yaegi's wrapper holds the bare string, and its type switch, assertions
// and errors.As took every such error for the first type asked about.
// They go by the name the type's GopadSelf method gives, in the whole and
// in later cells.
func TestFidBasicErrorTypesApart(t *testing.T) {
	decls := "import (\"errors\"; \"fmt\")\n" +
		"type NotFoundError string\nfunc (e NotFoundError) Error() string { return \"not found: \" + string(e) }\n" +
		"type PermissionError string\nfunc (e PermissionError) Error() string { return \"denied: \" + string(e) }\n" +
		"type Code int\nfunc (c Code) Error() string { return fmt.Sprint(\"code \", int(c)) }\n" +
		"func classify(err error) string {\n\tswitch e := err.(type) {\n\tcase nil:\n\t\treturn \"nil\"\n" +
		"\tcase NotFoundError:\n\t\treturn \"NF \" + string(e)\n\tcase PermissionError:\n\t\treturn \"PE \" + string(e)\n" +
		"\tcase Code:\n\t\treturn fmt.Sprint(\"C \", int(e))\n\t}\n\treturn \"other\"\n}\n" +
		"var errs = []error{nil, NotFoundError(\"a\"), PermissionError(\"b\"), Code(3), fmt.Errorf(\"w: %w\", PermissionError(\"c\")), errors.Join(Code(1), PermissionError(\"d\"))}"
	s := newSession(t)
	mustRun(t, s, decls)
	checkCells(t, s, []cellCase{
		{code: "for _, err := range errs {\n\tfmt.Print(classify(err), \" \")\n}\nfmt.Println()",
			stdout: "nil NF a PE b C 3 other other \n"},
		{code: "for _, err := range errs {\n\tp, ok := err.(PermissionError)\n\tfmt.Print(string(p), ok, \" \")\n}\nfmt.Println()",
			stdout: "false false btrue false false false \n"},
		{code: "for _, err := range errs[1:] {\n\tvar pe PermissionError\n\tvar c Code\n\tfmt.Print(errors.As(err, &pe), string(pe), errors.As(err, &c), int(c), \" \")\n}\nfmt.Println()",
			stdout: "falsefalse 0 truebfalse 0 falsetrue 3 truecfalse 0 truedtrue 1 \n"},
	})
}

// TestFidBasicStringerTypesApart checks the same for fmt.Stringer: an
// assertion to the other type over int is false, a failed one panics with
// Go's message, and the right one gives the value.
func TestFidBasicStringerTypesApart(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "import \"fmt\"\ntype Status int\nfunc (c Status) String() string { return fmt.Sprint(\"status \", int(c)) }\n"+
		"type Level int\nfunc (c Level) String() string { return fmt.Sprint(\"level \", int(c)) }")
	checkCells(t, s, []cellCase{
		{code: "var s fmt.Stringer = Status(4)\nl, ok := s.(Level)\nst, ok2 := s.(Status)\nfmt.Println(l, ok, st, ok2, s.(Status)+1)",
			stdout: "level 0 false status 4 true status 5\n"},
		{code: "func() {\n\tdefer func() { fmt.Println(recover()) }()\n\t_ = s.(Level)\n}()",
			stdout: "interface conversion: fmt.Stringer is main.Status, not main.Level\n"},
	})
}

// TestFidMarkedSlicesPrint checks slices and maps of a cell's types with a
// String method printed after they became an any: through a logf(format,
// args ...any) helper, an any parameter, an []any, a map[string]any, a
// variable. yaegi makes a []Color an []int there, and fmt printed the
// numbers; Go prints the names. A []int of the same numbers still prints
// as numbers, and %d prints the numbers.
func TestFidMarkedSlicesPrint(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "import \"fmt\"\ntype Color int\nfunc (c Color) String() string { return [...]string{\"R\", \"G\", \"B\"}[c] }\n"+
		"type Point struct{ X, Y int }\nfunc (p Point) String() string { return fmt.Sprintf(\"(%d,%d)\", p.X, p.Y) }\n"+
		"func logf(format string, args ...any) { fmt.Printf(\"LOG: \"+format+\"\\n\", args...) }\nfunc show(v any) { fmt.Println(v) }")
	checkCells(t, s, []cellCase{
		{code: "cs := []Color{0, 2}\nlogf(\"%v %s %d %q\", cs, cs, cs, cs)\nlogf(\"%v %v\", []Point{{1, 2}}, map[Color]Point{1: {3, 4}})",
			stdout: "LOG: [R B] [R B] [0 2] [\"R\" \"B\"]\nLOG: [(1,2)] map[G:(3,4)]\n"},
		{code: "show(cs)\nshow([]int{0, 2})\nvar a any = cs\nfmt.Println(a, []any{cs, 1})\nfmt.Printf(\"%v|%d\\n\", a, a)",
			stdout: "[R B]\n[0 2]\n[R B] [[R B] 1]\n[R B]|[0 2]\n"},
		{code: "cs[0] = 1\nshow(a)\nm := map[string]any{\"colors\": cs}\nfmt.Println(m, m[\"colors\"])\nshow(map[string]Color{\"x\": 1})",
			stdout: "[G B]\nmap[colors:[G B]] [G B]\nmap[x:G]\n"},
	})
}

// TestFidGlobalRuneDefaults checks variables declared outside functions
// with rune literals, in statement cells and at the package level: their
// type is rune (int32), as in Go; yaegi made them int.
func TestFidGlobalRuneDefaults(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "import \"fmt\"\nvar sep = ','")
	checkCells(t, s, []cellCase{
		{code: "r := 'A'\nr2, n := 'b'+1, 1\nfmt.Printf(\"%T %T %T %T %c\\n\", sep, r, r2, n, r2)", stdout: "int32 int32 int32 int c\n"},
	})
}

// TestFidSpreadCallWithFuncArg checks a declared function passed to a
// call that spreads a slice into the variadic parameter
// (filter(isEven, nums...)): yaegi panicked with reflect.Set of its
// *interp.node.
func TestFidSpreadCallWithFuncArg(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "import \"fmt\"\ntype filterFunc func(int) bool\nfunc isEven(n int) bool { return n%2 == 0 }\n"+
		"func filter(f filterFunc, nums ...int) (out []int) {\n\tfor _, n := range nums {\n\t\tif f(n) {\n\t\t\tout = append(out, n)\n\t\t}\n\t}\n\treturn\n}\n"+
		"func printIt(n int) { fmt.Print(n, \" \") }\nfunc each(f func(int), xs ...int) { for _, x := range xs { f(x) }; fmt.Println() }")
	checkCells(t, s, []cellCase{
		{code: "nums := []int{1, 2, 3, 4}\nfmt.Println(filter(isEven, nums...))\neach(printIt, nums...)", stdout: "[2 4]\n1 2 3 4 \n"},
	})
}

// TestFidTypeOfCallResult checks %T of a call whose result is an interface
// holding a cell's type over a basic type: the value is read once through
// a parameter, where yaegi keeps its type (it printed float64 for a
// Celsius), and a real float64 stays one.
func TestFidTypeOfCallResult(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "import \"fmt\"\ntype Celsius float64\nfunc h() any { return Celsius(4) }\nfunc h2() any { return 2.5 }\n"+
		"type Color int\nfunc (c Color) String() string { return \"c\" }\nfunc ha() any { return Color(1) }")
	checkCells(t, s, []cellCase{
		{code: "n := 0\nnext := func() any { n++; return Celsius(n) }\nfmt.Printf(\"%T %T %T %T %d\\n\", h(), h2(), ha(), next(), n)", stdout: "main.Celsius float64 main.Color main.Celsius 1\n"},
	})
}

// TestFidLoopGoroutinesSeeTheirIteration checks the commonest concurrent
// shape: goroutines (and callbacks a goroutine runs) started in a loop,
// each reading its iteration's variable while the loop goes on. yaegi's
// closures now and then read a later iteration's copy of the variable (a
// sum of 0..99 came out 4916, one run in five, silently). Ten rounds, so
// that the old code fails here with a high probability.
func TestFidLoopGoroutinesSeeTheirIteration(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "import (\"fmt\"; \"sync\")\ntype Group struct{ wg sync.WaitGroup }\n"+
		"func (g *Group) Go(f func()) { g.wg.Add(1); go func() { defer g.wg.Done(); f() }() }")
	code := "bad := 0\nfor r := 0; r < 10; r++ {\n\tvar wg sync.WaitGroup\n\tvar g Group\n\tvar mu sync.Mutex\n\ttotal, cb := 0, 0\n" +
		"\tfor i := 0; i < 100; i++ {\n\t\twg.Add(1)\n\t\tgo func() {\n\t\t\tdefer wg.Done()\n\t\t\tmu.Lock()\n\t\t\ttotal += i\n\t\t\tmu.Unlock()\n\t\t}()\n" +
		"\t\tg.Go(func() { mu.Lock(); cb += i; mu.Unlock() })\n\t}\n\twg.Wait()\n\tg.wg.Wait()\n\tif total != 4950 || cb != 4950 {\n\t\tbad++\n\t}\n}\nfmt.Println(\"bad rounds:\", bad)"
	checkCells(t, s, []cellCase{{code: code, stdout: "bad rounds: 0\n"}})
}
