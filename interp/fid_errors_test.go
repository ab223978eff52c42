package interp

import (
	"strings"
	"testing"
)

// TestFidStdGenericTypes checks the standard library's generic types and
// the generic functions cells cannot call as compiled code: atomic.Pointer,
// unique.Make and Handle, iter.Pull and Pull2, reflect.TypeFor, in
// top-level statements and inside functions, with the cells' own types.
func TestFidStdGenericTypes(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"fmt\"; \"iter\"; \"reflect\"; \"sync/atomic\"; \"unique\")\ntype Config struct{ V int }")
	checkCells(t, s, []cellCase{
		{code: "var cfg atomic.Pointer[Config]\nfmt.Println(cfg.Load() == nil)", stdout: "true\n"},
		{code: "cfg.Store(&Config{1})\nold := cfg.Swap(&Config{2})\nfmt.Println(old.V, cfg.Load().V, cfg.CompareAndSwap(old, nil), cfg.Load().V)", stdout: "1 2 false 2\n"},
		{code: "a, b := unique.Make(\"go\"), unique.Make(string([]byte{'g', 'o'}))\nk := unique.Make(Config{3})\nfmt.Println(a == b, a == unique.Make(\"x\"), a.Value(), k.Value().V)", stdout: "true false go 3\n"},
		{code: "fmt.Println(reflect.TypeFor[error]().Kind(), reflect.TypeFor[[]int](), reflect.TypeFor[map[string]bool]())", stdout: "interface []int map[string]bool\n"},
		// Pull starts the iterator at the first next; stop ends it early.
		{code: "seq := func(yield func(int) bool) {\n\tfor i := 1; ; i++ {\n\t\tfmt.Println(\"make\", i)\n\t\tif !yield(i * 10) {\n\t\t\tfmt.Println(\"stopped\")\n\t\t\treturn\n\t\t}\n\t}\n}\n" +
			"next, stop := iter.Pull(seq)\nfmt.Println(\"pulled\")\nv, ok := next()\nfmt.Println(v, ok)\nstop()\nv, ok = next()\nfmt.Println(v, ok)",
			stdout: "pulled\nmake 1\n10 true\nstopped\n0 false\n"},
		{code: "func pairs(yield func(string, int) bool) { _ = yield(\"a\", 1) && yield(\"b\", 2) }\n" +
			"func firstTwo[K, V any](seq iter.Seq2[K, V]) {\n\tnext, stop := iter.Pull2(seq)\n\tdefer stop()\n\tfor {\n\t\tk, v, ok := next()\n\t\tif !ok {\n\t\t\treturn\n\t\t}\n\t\tfmt.Println(k, v)\n\t}\n}\nfirstTwo(pairs)",
			stdout: "a 1\nb 2\n"},
	})
	// A function's local type as the type argument.
	checkCells(t, s, []cellCase{
		{code: "func local() {\n\ttype key struct{ H string; P int }\n\tfmt.Println(unique.Make(key{\"x\", 1}) == unique.Make(key{\"x\", 1}), unique.Make(key{\"y\", 2}).Value().P)\n}\nlocal()", stdout: "true 2\n"},
	})
}

// TestFidReflectTypeForCellType checks reflect.TypeFor of a struct type
// declared in a cell (and a pointer to one): it answers as Go's reflect
// does, with the type's name, fields and methods; reflect.TypeFor of a
// cell's type over a basic type, whose name reflection cannot see, is
// refused with a message naming the construct.
func TestFidReflectTypeForCellType(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"fmt\"; \"reflect\")\ntype User struct{ Name string; age int }\nfunc (User) Hi() string { return \"hi\" }\ntype Level int")
	checkCells(t, s, []cellCase{
		{code: "t := reflect.TypeFor[User]()\nfmt.Println(t.Name(), t, t.NumField(), t.Field(1).Name, t.NumMethod(), reflect.TypeFor[*User]())", stdout: "User main.User 2 age 1 *main.User\n"},
	})
	res, rec := run(t, s, "fmt.Println(reflect.TypeFor[Level]().Name())")
	if res.Err == nil || !strings.Contains(res.Err.Value, "reflect.TypeFor[Level]") || !strings.Contains(res.Err.Value, "%T") {
		t.Fatalf("got %v and output %q, want a refusal naming reflect.TypeFor[Level] with a workaround", res.Err, rec.out())
	}
}

// TestFidConstantArithmetic checks constant shifts of floating-point type
// (explicit, repeated by iota, in a var) and complex of untyped constants
// and compiled packages' constants.
func TestFidConstantArithmetic(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"fmt\"; \"math\"; \"math/cmplx\")\ntype ByteSize float64")
	checkCells(t, s, []cellCase{
		{code: "const (\n\t_ = iota\n\tKB ByteSize = 1 << (10 * iota)\n\tMB\n\tGB\n)", stdout: ""},
		{code: "var f float64 = 1 << (3 * 2)\nconst half = 1 << 3 >> 1\nfmt.Println(KB, MB, GB, f, half)", stdout: "1024 1.048576e+06 1.073741824e+09 64 4\n"},
		{code: "fmt.Printf(\"%.3f\\n\", cmplx.Exp(complex(0, math.Pi)))\nvar c64 complex64 = complex(1, math.E)\nx := 2.0\nfmt.Println(complex(x, math.Pi) == complex(2, math.Pi), real(c64))", stdout: "(-1.000+0.000i)\ntrue 1\n"},
	})
}

// TestFidStdGenericResultsOfCellTypes checks that the results of the
// standard library's generic functions over slices and maps of the cells'
// types have their Go types (len, indexing and fields work on them).
func TestFidStdGenericResultsOfCellTypes(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"fmt\"; \"maps\"; \"slices\")\ntype Task struct{ Name string; Done bool }")
	checkCells(t, s, []cellCase{
		{code: "tasks := []Task{{\"a\", true}, {\"b\", false}, {\"c\", false}}\npending := slices.DeleteFunc(slices.Clone(tasks), func(t Task) bool { return t.Done })\nfmt.Println(len(pending), pending[0].Name, len(tasks))", stdout: "2 b 3\n"},
		{code: "last := slices.MaxFunc(tasks, func(a, b Task) int { return len(a.Name) - len(b.Name) })\nfmt.Println(last.Name)", stdout: "a\n"},
		{code: "byName := map[string]Task{\"x\": {\"x\", true}}\ncp := maps.Clone(byName)\ncp[\"y\"] = Task{Name: \"y\"}\nfmt.Println(len(cp), len(byName), cp[\"x\"].Done)", stdout: "2 1 true\n"},
	})
}

// TestFidGenericInstancesAcrossCells checks code the session writes about
// a variable of a cell's generic type declared in an earlier cell (here
// printing a slice of an instance with a String method).
func TestFidGenericInstancesAcrossCells(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\ntype Pair[K comparable, V any] struct{ Key K; Val V }")
	run(t, s, "func (p Pair[K, V]) String() string { return fmt.Sprintf(\"%v=%v\", p.Key, p.Val) }")
	checkCells(t, s, []cellCase{
		{code: "scores := []Pair[string, int]{{\"ann\", 7}, {\"bob\", 12}}", stdout: ""},
		{code: "fmt.Println(scores)\nfmt.Println(scores[1])", stdout: "[ann=7 bob=12]\nbob=12\n"},
	})
}

// TestFidMethodOfFuncTypeConversion checks a method called on a conversion
// to a cell's named function type, in a top-level definition, a var
// declaration and chained.
func TestFidMethodOfFuncTypeConversion(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"fmt\"; \"strings\")\ntype Transform func(string) string")
	run(t, s, "func (t Transform) Then(next Transform) Transform {\n\treturn func(s string) string { return next(t(s)) }\n}")
	checkCells(t, s, []cellCase{
		{code: "pipeline := Transform(strings.TrimSpace).Then(strings.ToUpper).Then(func(s string) string {\n\treturn s + \"!\"\n})\nfmt.Println(pipeline(\"  hi  \"))", stdout: "HI!\n"},
		{code: "var shout = (Transform(strings.ToUpper)).Then(strings.TrimSpace)", stdout: ""},
		{code: "fmt.Println(shout(\" a \") + \"|\")", stdout: "A|\n"},
	})
}

// TestFidForwardReferences checks a program split at its declarations: a
// function whose cell comes before the functions it calls is declared
// once they are, and calling it before then says what it waits for.
func TestFidForwardReferences(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"")
	checkCells(t, s, []cellCase{
		{code: "func a() { fmt.Println(\"a\"); b() }", stdout: ""},
		{code: "func b() { fmt.Println(\"b\"); c(2) }", stdout: ""},
	})
	res, _ := run(t, s, "a()")
	if res.Err == nil || !strings.Contains(res.Err.Value, "a is declared") || !strings.Contains(res.Err.Value, "declares c") {
		t.Errorf("a() before c is declared: %v, want an error saying a waits for c", res.Err)
	}
	checkCells(t, s, []cellCase{
		{code: "func c(n int) { fmt.Println(\"c\", n) }", stdout: ""},
		{code: "a()", stdout: "a\nb\nc 2\n"},
	})
	// A declaration with a real error still reports it.
	if res, _ := run(t, s, "func d() { var x int = \"s\"; _ = x; e() }"); res.Err == nil || !strings.Contains(res.Err.Value, "cannot use") {
		t.Error("a declaration that is wrong in itself was accepted")
	}
}

// TestFidGotoInCell checks a goto and its label in a cell's top-level
// statements, with the variables they use kept for later cells.
func TestFidGotoInCell(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"")
	checkCells(t, s, []cellCase{
		{code: "tries := 0\nretry:\ntries++\nif tries < 3 {\n\tfmt.Println(\"try\", tries)\n\tgoto retry\n}\nfmt.Println(\"done\", tries)", stdout: "try 1\ntry 2\ndone 3\n"},
		{code: "fmt.Println(tries)", stdout: "3\n"},
	})
}

// TestFidSessionNamesDoNotShadow checks that the type parameters of the
// session's own generic declarations do not take a cell's type names.
func TestFidSessionNamesDoNotShadow(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"")
	checkCells(t, s, []cellCase{
		{code: "type T float64\ntype K string\ntype V struct{ X int }\nvar w any = T(1.5)\nfmt.Println(w, K(\"k\"), V{2})", stdout: "1.5 k {2}\n"},
	})
}

// TestFidRangeOverChannels checks ranges over slices of channels that take
// the element: variadic parameters, generic functions (fan-in), fields.
func TestFidRangeOverChannels(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"fmt\"; \"sort\"; \"sync\")")
	run(t, s, `func From[T any](xs ...T) <-chan T {
	c := make(chan T)
	go func() { defer close(c); for _, x := range xs { c <- x } }()
	return c
}
func Merge[T any](chans ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Add(1)
		go func() { defer wg.Done(); for v := range c { out <- v } }()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}
type hub struct{ in [2]chan int }`)
	checkCells(t, s, []cellCase{
		{code: "var got []int\nfor v := range Merge(From(1, 2), From(10)) { got = append(got, v) }\nsort.Ints(got)\nfmt.Println(got)", stdout: "[1 2 10]\n"},
		{code: "h := hub{[2]chan int{make(chan int, 1), make(chan int, 1)}}\nfor i, c := range h.in { c <- i * 5 }\nfmt.Println(<-h.in[0], <-h.in[1])", stdout: "0 5\n"},
	})
}

// TestFidTopLevelMapIndexOK checks comma-ok map indexes among a cell's
// top-level statements, with blank and named values.
func TestFidTopLevelMapIndexOK(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\nvar seen = map[string]struct{}{\"a\": {}}\nvar ages = map[string]int{\"ann\": 40}")
	checkCells(t, s, []cellCase{
		{code: "_, ok := seen[\"a\"]\nage, found := ages[\"bob\"]\nfmt.Println(ok, age, found)", stdout: "true 0 false\n"},
		{code: "if v, ok := ages[\"ann\"]; ok {\n\tfmt.Println(\"ann\", v)\n}", stdout: "ann 40\n"},
		{code: "fmt.Println(age, ok)", stdout: "0 true\n"},
	})
}

// TestFidGenericAliases checks generic type aliases (Go 1.24) and aliases
// of generic instances, in composite literals and %T.
func TestFidGenericAliases(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\ntype Set[T comparable] = map[T]struct{}\ntype Pair[A, B any] struct{ First A; Second B }")
	run(t, s, "type IntPair = Pair[int, int]\ntype Named[T any] = Pair[string, T]")
	checkCells(t, s, []cellCase{
		{code: "s := Set[string]{\"a\": {}, \"b\": {}}\nfmt.Println(len(s))", stdout: "2\n"},
		{code: "p := IntPair{1, 2}\nfmt.Printf(\"%v %T\\n\", p, p)", stdout: "{1 2} main.Pair[int,int]\n"},
		{code: "n := Named[float64]{\"pi\", 3.14}\nfmt.Printf(\"%+v %T\\n\", n, n)", stdout: "{First:pi Second:3.14} main.Pair[string,float64]\n"},
	})
}

// TestFidGoroutinePanic checks that a panic in a goroutine a cell started
// ends the cell with the panic, as it ends a Go program, and that the
// session and its variables stay.
func TestFidGoroutinePanic(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\nfunc at(xs []string, i int) string { return xs[i] }\nkept := 7")
	res, _ := run(t, s, "done := make(chan bool)\ngo func() {\n\tat([]string{\"a\"}, 5)\n\tdone <- true\n}()\n<-done\nfmt.Println(\"not reached\")")
	if res.Err == nil || !strings.Contains(res.Err.Value, "index out of range") || !strings.Contains(strings.Join(res.Err.Traceback, "\n"), "goroutine") {
		t.Fatalf("got %+v, want the goroutine's index out of range", res.Err)
	}
	checkCells(t, s, []cellCase{
		{code: "fmt.Println(kept)", stdout: "7\n"},
		// A goroutine that recovers itself is left alone.
		{code: "ok := make(chan string)\ngo func() {\n\tdefer func() { ok <- fmt.Sprint(recover()) }()\n\tpanic(\"mine\")\n}()\nfmt.Println(<-ok)", stdout: "mine\n"},
	})
}

// TestFidErrorsAsTypeCellTypes checks errors.AsType with a cell's error
// type (a pointer with methods, wrapped by fmt.Errorf) and a compiled one.
func TestFidErrorsAsTypeCellTypes(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"errors\"; \"fmt\"; \"strconv\")\ntype ParseError struct{ Line int; Err error }\nfunc (p *ParseError) Error() string { return fmt.Sprintf(\"line %d: %v\", p.Line, p.Err) }\nfunc (p *ParseError) Unwrap() error { return p.Err }")
	checkCells(t, s, []cellCase{
		{code: "_, cause := strconv.Atoi(\"x\")\nerr := fmt.Errorf(\"parse: %w\", &ParseError{3, cause})\nif pe, ok := errors.AsType[*ParseError](err); ok {\n\tfmt.Println(\"line\", pe.Line)\n}\nne, ok := errors.AsType[*strconv.NumError](err)\nfmt.Println(ok, ne.Num)", stdout: "line 3\ntrue x\n"},
		{code: "_, ok2 := errors.AsType[*ParseError](errors.New(\"plain\"))\nfmt.Println(ok2)", stdout: "false\n"},
	})
}

// TestFidDeferredCallResult checks a top-level defer of a call's result,
// defer trace("main")(): trace runs at the defer statement, its result
// when the cell ends.
func TestFidDeferredCallResult(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\nfunc trace(name string) func() {\n\tfmt.Println(\"enter\", name)\n\treturn func() { fmt.Println(\"exit\", name) }\n}")
	checkCells(t, s, []cellCase{
		{code: "defer trace(\"main\")()\nif true {\n\tdefer trace(\"inner\")()\n}\nfmt.Println(\"body\")", stdout: "enter main\nenter inner\nbody\nexit inner\nexit main\n"},
	})
}

// TestFidMakeDirectedChannel checks make of send-only and receive-only
// channel types.
func TestFidMakeDirectedChannel(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"")
	checkCells(t, s, []cellCase{
		{code: "out := make(chan<- int, 1)\nout <- 4\nin := make(<-chan string)\nfmt.Printf(\"%T %T %d\\n\", out, in, len(out))", stdout: "chan<- int <-chan string 1\n"},
	})
}

// TestFidMissingStdGeneric checks that a generic function of the standard
// library that gopad does not provide is refused with its name, not with
// the interpreter's "undefined selector".
func TestFidMissingStdGeneric(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"fmt\"; \"weak\")")
	res, _ := run(t, s, "x := 5\np := weak.Make(&x)\nfmt.Println(p.Value() != nil)")
	if res.Err == nil || !strings.Contains(res.Err.Value, "weak.Make") || !strings.Contains(res.Err.Value, "generic") {
		t.Fatalf("got %+v, want a refusal naming weak.Make", res.Err)
	}
}

// TestFidGoroutinePanicNamedFunc checks go f(args) with a named function:
// its panic ends the cell, and its arguments are taken at the go
// statement.
func TestFidGoroutinePanicNamedFunc(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\nfunc boom(xs []int, i int, done chan bool) { _ = xs[i]; done <- true }\nfunc show(done chan bool, n int, rest ...string) { fmt.Println(n, rest); done <- true }")
	res, _ := run(t, s, "d := make(chan bool)\ngo boom(nil, 3, d)\n<-d")
	if res.Err == nil || !strings.Contains(res.Err.Value, "index out of range") {
		t.Fatalf("got %+v, want the goroutine's index out of range", res.Err)
	}
	checkCells(t, s, []cellCase{
		{code: "d2 := make(chan bool)\nn := 1\ngo show(d2, n, \"a\", \"b\")\nn = 2\n<-d2\ngo show(d2, n, []string{\"c\"}...)\n<-d2", stdout: "1 [a b]\n2 [c]\n"},
	})
}
