package interp

import (
	"strings"
	"testing"
)

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

// TestFidSwitchSharedShapes checks a type switch over an empty interface
// with two cases that yaegi gives one run-time type ([]ID and []int with
// type ID int): a value of that shape stops the cell with an error that
// names the case, where yaegi took the first case; cases of other shapes
// still answer as in Go.
func TestFidSwitchSharedShapes(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\ntype ID int\ntype Item struct{ N int }\n"+
		"func kind(a any) string {\n\tswitch v := a.(type) {\n\tcase []ID:\n\t\treturn fmt.Sprint(\"ids \", len(v))\n"+
		"\tcase []Item:\n\t\treturn \"items\"\n\tcase []int:\n\t\treturn \"ints\"\n\tcase string:\n\t\treturn \"string\"\n\t}\n\treturn \"other\"\n}")
	checkCells(t, s, []cellCase{
		{code: "fmt.Println(kind([]Item{{1}}), kind(\"s\"), kind(3.5))", stdout: "items string other\n"},
	})
	out, e := runErr(t, s, "fmt.Println(kind([]int{1, 2}))")
	if !strings.Contains(e, "case []ID") || out != "" {
		t.Errorf("kind([]int{1, 2}): stdout %q, error %q; want the cell stopped, naming case []ID", out, e)
	}
}

// TestFidUnwrappedErrorEquals checks == between an error that came back
// from compiled code (errors.Unwrap of fmt.Errorf's %w) and the cell's
// error it wraps, a pointer type with pointer receivers: Go compares the
// pointers; yaegi's two wrappers of it did not compare at all.
func TestFidUnwrappedErrorEquals(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"errors\"; \"fmt\")\ntype VE struct{ F string; Err error }\nfunc (v *VE) Error() string { return v.F }\nfunc (v *VE) Unwrap() error { return v.Err }")
	checkCells(t, s, []cellCase{
		{code: "var err error = &VE{\"a\", errors.New(\"e\")}\nw := fmt.Errorf(\"x: %w\", err)\nu := errors.Unwrap(w)\nfmt.Println(u == err, u != err, u == error(&VE{\"a\", nil}))", stdout: "true false false\n"},
	})
}

// TestSplitInitializersKeepGoOrder checks package variables whose
// initializers print, split over cells where the first waits for a
// function a later cell declares: Go runs the initializers in declaration
// order, so the later one waits behind it, unless a statement that may use
// it runs first.
func TestSplitInitializersKeepGoOrder(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\nfunc note(n string) int { fmt.Println(\"init\", n); return len(n) }")
	checkCells(t, s, []cellCase{
		{code: "var a = load(\"a\")", stdout: ""},
		{code: "var b = note(\"bb\")", stdout: ""},
		{code: "func load(n string) int { return note(n) }", stdout: "init a\ninit bb\n"},
		{code: "var c = load(\"late\")\nvar d = note(\"dd\")", stdout: "init late\ninit dd\n"},
		{code: "fmt.Println(a, b, c, d)", stdout: "1 2 4 2\n"},
	})
	s2 := newSession(t)
	run(t, s2, "import \"fmt\"\nfunc note(n string) int { fmt.Println(\"init\", n); return len(n) }")
	checkCells(t, s2, []cellCase{
		{code: "var a = never(\"a\")", stdout: ""},
		{code: "var b = note(\"bb\")", stdout: ""},
		{code: "fmt.Println(b)", stdout: "init bb\n2\n"},
	})
}

// TestFidPointerToStructWithStringerFields checks a pointer to a cell's
// struct printed as an operand, directly or through an any: Go prints &
// and the fields, each through its String method; nil prints <nil>.
func TestFidPointerToStructWithStringerFields(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\ntype Money int\nfunc (m Money) String() string { return fmt.Sprintf(\"$%d\", int(m)) }\n"+
		"type Account struct{ Owner string; Balance Money }")
	checkCells(t, s, []cellCase{
		{code: "a := &Account{\"ann\", 5}\nvar x any = a\nvar none *Account\nfmt.Println(a, x, none)\nfmt.Printf(\"%v %+v\\n\", a, a)",
			stdout: "&{ann $5} &{ann $5} <nil>\n&{ann $5} &{Owner:ann Balance:$5}\n"},
	})
}

// TestSplitInitRunsAfterVariables checks func init() in a cell of its own:
// Go runs it after every package variable is initialized, also those
// declared after it, so it runs before the next statement cell.
func TestSplitInitRunsAfterVariables(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\nfunc f() int { fmt.Println(\"var y\"); return 1 }")
	checkCells(t, s, []cellCase{
		{code: "func init() { fmt.Println(\"init 1\") }", stdout: ""},
		{code: "var y = f()", stdout: "var y\n"},
		{code: "func init() { fmt.Println(\"init 2\", y) }", stdout: ""},
		{code: "fmt.Println(\"main\", y)", stdout: "init 1\ninit 2 1\nmain 1\n"},
		{code: "fmt.Println(\"again\")", stdout: "again\n"},
	})
}

// TestFidJSONValuesInInterfaces checks encoding/json on the cells' values
// held in an any: a literal map[string]any envelope of a slice of structs,
// a struct field of type map[string]any, and a variable []any. Go calls
// the types' MarshalJSON and MarshalText methods and leaves unexported
// fields out there too.
func TestFidJSONValuesInInterfaces(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"encoding/json\"; \"fmt\")\ntype Status int\nfunc (s Status) MarshalText() ([]byte, error) { return []byte([]string{\"off\", \"on\"}[s]), nil }\n"+
		"type Item struct{ Name string `json:\"name\"`; State Status `json:\"state\"`; secret int }\n"+
		"type Doc struct{ ID int `json:\"id\"`; Meta map[string]any `json:\"meta\"` }")
	checkCells(t, s, []cellCase{
		{code: "items := []Item{{\"a\", 1, 9}}\nb, _ := json.Marshal(map[string]any{\"items\": items, \"n\": len(items)})\nfmt.Println(string(b))",
			stdout: "{\"items\":[{\"name\":\"a\",\"state\":\"on\"}],\"n\":1}\n"},
		{code: "b, _ = json.Marshal(Doc{7, map[string]any{\"s\": Status(0), \"i\": Item{\"b\", 1, 2}}})\nfmt.Println(string(b))",
			stdout: "{\"id\":7,\"meta\":{\"i\":{\"name\":\"b\",\"state\":\"on\"},\"s\":\"off\"}}\n"},
		{code: "list := []any{Item{\"c\", 0, 3}, Status(1)}\nb, _ = json.Marshal(list)\nfmt.Println(string(b))",
			stdout: "[{\"name\":\"c\",\"state\":\"off\"},\"on\"]\n"},
	})
}

// TestFidTemplateMembers checks text/template over the cells' structs: a
// field whose type has a String method prints through it (also through
// printf), methods are called with arguments (a number for a float64
// parameter) and with an error result, and a name that is a method of one
// type stays a field or map key for the others.
func TestFidTemplateMembers(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"errors\"; \"fmt\"; \"os\"; \"text/template\")\ntype Money int\nfunc (m Money) String() string { return fmt.Sprintf(\"$%d\", int(m)) }\n"+
		"type Line struct{ Item string; Price Money }\nfunc (l Line) Off(p float64) float64 { return float64(l.Price) * (1 - p/100) }\n"+
		"func (l *Line) Check() (string, error) { if l.Price < 0 { return \"\", errors.New(\"negative\") }; return \"ok\", nil }\n"+
		"type Tag struct{ Off string }")
	checkCells(t, s, []cellCase{
		{code: "t := template.Must(template.New(\"x\").Parse(`{{range .}}{{.Item}} {{.Price}} {{printf \"%5v\" .Price}} {{.Off 10}} {{.Check}};{{end}}`))\n" +
			"fmt.Println(t.Execute(os.Stdout, []*Line{{\"a\", 100}, {\"b\", -1}}))",
			stdout: "a $100  $100 90 ok;b $-1   $-1 -0.9 template: x:1:70: executing \"x\" at <.Check>: error calling Check: negative\n"},
		{code: "u := template.Must(template.New(\"y\").Parse(`{{.Off}}|`))\nu.Execute(os.Stdout, Tag{\"t\"})\nu.Execute(os.Stdout, map[string]string{\"Off\": \"m\"})\nfmt.Println()",
			stdout: "t|m|\n"},
	})
}

// TestFidHTMLTemplateMembers checks html/template over the cells' structs:
// methods called (with an argument) and a String method, escaped as Go
// escapes them.
func TestFidHTMLTemplateMembers(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"fmt\"; \"html/template\"; \"os\")\ntype Money int\nfunc (m Money) String() string { return fmt.Sprintf(\"<$%d>\", int(m)) }\n"+
		"type P struct{ Name string; Price Money }\nfunc (p P) Title(s string) string { return s + p.Name }")
	checkCells(t, s, []cellCase{
		{code: "t := template.Must(template.New(\"h\").Parse(`<b>{{.Title \"x&\"}}</b> {{.Price}}`))\nt.Execute(os.Stdout, P{\"n\", 5})\nfmt.Println()",
			stdout: "<b>x&amp;n</b> &lt;$5&gt;\n"},
	})
}

// TestFidResultOfStructWithStringerFields checks a cell's result (Out[n])
// that is a struct whose field has a String method, a pointer to one and a
// slice of them: shown as fmt.Println shows them, through the method.
func TestFidResultOfStructWithStringerFields(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\ntype ID int\nfunc (i ID) String() string { return fmt.Sprintf(\"#%d\", int(i)) }\ntype P struct{ Name string; ID ID }")
	for code, want := range map[string]string{"P{\"x\", 3}": "{x #3}", "&P{\"y\", 4}": "&{y #4}", "[]P{{\"a\", 1}}": "[{a #1}]"} {
		res, _ := run(t, s, code)
		if got := text(res); got != want {
			t.Errorf("%s: result %q, want %q", code, got, want)
		}
	}
}

// TestFidContainersOfStructsWithStringerFields checks maps, nested slices
// and arrays of a struct whose field has a String method, and a struct's
// slice and map fields of them: fmt prints each through the method. A
// pointer field inside a struct prints as an address, as in Go.
func TestFidContainersOfStructsWithStringerFields(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"fmt\"; \"strings\")\ntype Level int\nfunc (l Level) String() string { return [...]string{\"lo\", \"hi\"}[l] }\n"+
		"type Task struct{ Name string; Lv Level }\ntype Group struct{ Tasks []Task; ByLv map[Level][]string; Lead *Task }")
	checkCells(t, s, []cellCase{
		{code: "fmt.Println(map[string]Task{\"a\": {\"x\", 1}}, [][]Task{{{\"b\", 0}}}, [1]Task{{\"c\", 1}})", stdout: "map[a:{x hi}] [[{b lo}]] [{c hi}]\n"},
		{code: "g := Group{[]Task{{\"t\", 1}}, map[Level][]string{1: {\"t\"}}, nil}\nfmt.Printf(\"%v %+v\\n\", g, g)", stdout: "{[{t hi}] map[hi:[t]] <nil>} {Tasks:[{Name:t Lv:hi}] ByLv:map[hi:[t]] Lead:<nil>}\n"},
		{code: "g.Lead = &Task{\"l\", 0}\nfmt.Println(strings.HasPrefix(strings.Fields(fmt.Sprint(g))[3], \"0x\"))", stdout: "true\n"},
	})
}

// TestFidPrintlnOfResults checks fmt.Println of a call whose results are of
// the cells' types: each result prints through its String method, or as a
// struct with such fields, as Go prints them.
func TestFidPrintlnOfResults(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\ntype Level int\nfunc (l Level) String() string { return [...]string{\"lo\", \"hi\"}[l] }\n"+
		"type Task struct{ Name string; Lv Level }\nfunc get() (Task, Level, error) { return Task{\"t\", 1}, 0, nil }")
	checkCells(t, s, []cellCase{
		{code: "fmt.Println(get())\ns := fmt.Sprintln(get())\nfmt.Print(s)", stdout: "{t hi} lo <nil>\n{t hi} lo <nil>\n"},
	})
}

// TestFidFloat32OfConstants checks float32 of a named constant computed
// from a compiled package's constant: Go converts its value (yaegi gave 0,
// silently).
func TestFidFloat32OfConstants(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"fmt\"; \"math\")\nconst Pi2 = math.Pi * 2")
	checkCells(t, s, []cellCase{
		{code: "x := float32(Pi2)\nconst F = float32(Pi2)\nfmt.Println(x, float32(Pi2/3), complex64(Pi2), F)", stdout: "6.2831855 2.0943952 (6.2831855+0i) 6.2831855\n"},
	})
}

// TestVarBlockAfterSessionVariables checks a var block whose first
// variable reads a variable of an earlier cell and whose second reads
// none: Go initializes them in declaration order, the earlier cell's
// variable being ready (the checker had put the session's declarations
// after the chunk, and gopad's initialization order then named the second
// from the first: "variable definition loop").
func TestVarBlockAfterSessionVariables(t *testing.T) {
	s := newSession(t)
	checkCells(t, s, []cellCase{
		{code: "import \"fmt\"\nvar total = 6", stdout: ""},
		{code: "var (\n\tdouble = total * 2\n\tname = \"n\"\n)\nfunc show() string { return fmt.Sprint(name, double) }", stdout: ""},
		{code: "fmt.Println(show())", stdout: "n12\n"},
	})
}

// TestFidDeferredLiteralsInLoops checks deferred function literals in
// loop bodies: each runs, in reverse order, with the variables of its own
// iteration (the loop variable and those declared in the body), as Go
// 1.22 gives them; yaegi's deferred literals all read the last iteration.
// A deferred literal that recovers still recovers.
func TestFidDeferredLiteralsInLoops(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\nfunc visit(xs []string) {\n\tfor i, x := range xs {\n\t\tn := len(x) * 10\n\t\tdefer func() { fmt.Println(\"leave\", i, x, n) }()\n\t}\n\tfmt.Println(\"visited\", len(xs))\n}\n"+
		"func safe() (err error) {\n\tfor i := 0; i < 2; i++ {\n\t\tdefer func() {\n\t\t\tif r := recover(); r != nil {\n\t\t\t\terr = fmt.Errorf(\"recovered %v at %d\", r, i)\n\t\t\t}\n\t\t}()\n\t}\n\tpanic(\"boom\")\n}")
	checkCells(t, s, []cellCase{
		{code: "visit([]string{\"a\", \"bb\", \"ccc\"})", stdout: "visited 3\nleave 2 ccc 30\nleave 1 bb 20\nleave 0 a 10\n"},
		{code: "func() {\n\tfor i := range 2 {\n\t\tdefer func(tag string) { fmt.Println(tag, i) }(\"range\")\n\t}\n}()", stdout: "range 1\nrange 0\n"},
		{code: "fmt.Println(safe())", stdout: "recovered boom at 1\n"},
	})
}

// TestFidStdStreamsAreFiles checks a cell's os.Stdin, os.Stdout and
// os.Stderr as *os.File values: os.Stdin held in an io.Reader is an
// io.Writer too, and %T and reflect name them *os.File, not gopad's type.
func TestFidStdStreamsAreFiles(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"fmt\"; \"io\"; \"os\"; \"reflect\")")
	checkCells(t, s, []cellCase{
		{code: "var r io.Reader = os.Stdin\n_, ok := r.(io.Writer)\nfmt.Printf(\"%v %T %T\\n\", ok, r, os.Stdout)", stdout: "true *os.File *os.File\n"},
		{code: "var e any = os.Stderr\nfmt.Println(reflect.TypeOf(e), reflect.TypeOf(os.Stdin), os.Stdin.Name())", stdout: "*os.File *os.File /dev/stdin\n"},
	})
}

// TestFidReflectNamesNamedBasic checks reflect on a cell's type over a
// basic type (type MyInt int), whose run-time type in yaegi is int's:
// reflect.TypeOf and reflect.Value.Type name it main.MyInt, as Go does, in
// a function, across cells and through an any when the type has methods;
// Kind and Size are the underlying type's, and the two types differ. A
// pointer to it is *main.MyInt, whose Elem is main.MyInt (yaegi's is int).
func TestFidReflectNamesNamedBasic(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"fmt\"; \"reflect\")\ntype MyInt int\ntype Temp float64\nfunc (t Temp) String() string { return \"temp\" }\n"+
		"func show(x MyInt) {\n\tv := reflect.ValueOf(x)\n\tfmt.Println(v.Type(), v.Kind())\n}\nfunc describe(x any) string { t := reflect.TypeOf(x); return t.String() + \"/\" + t.Kind().String() }")
	checkCells(t, s, []cellCase{
		{code: "show(3)\nvar mi MyInt = 7\nvm := reflect.ValueOf(mi)", stdout: "main.MyInt int\n"},
		{code: "fmt.Println(vm.Type(), vm.Kind(), vm.Int(), vm.Type().Name(), reflect.TypeOf(mi).PkgPath())", stdout: "main.MyInt int 7 MyInt main\n"},
		{code: "fmt.Println(reflect.TypeOf(mi) == reflect.TypeOf(MyInt(1)), reflect.TypeOf(mi) == reflect.TypeOf(1), reflect.TypeOf(mi).Size())", stdout: "true false 8\n"},
		{code: "fmt.Println(describe(Temp(2)), describe(2.5))", stdout: "main.Temp/float64 float64/float64\n"},
		{code: "n := reflect.New(reflect.TypeOf(mi)).Elem()\nn.SetInt(5)\nfmt.Println(n.Int(), reflect.Zero(vm.Type()).Int())", stdout: "5 0\n"},
	})
	checkCells(t, s, []cellCase{
		{code: "pt := reflect.ValueOf(&mi).Type()\nfmt.Println(pt, pt.Elem(), pt.Elem() == reflect.TypeOf(mi), reflect.TypeOf(&mi).Elem().Name())", stdout: "*main.MyInt main.MyInt true MyInt\n"},
	})
}

// TestFidGotoCellBlocks checks a cell whose top level has a goto and a
// loop that declares names in its body: the cell runs as one chunk, and
// the loop's := declares its own variables as in Go (yaegi's global scope
// found them undefined); the goto still loops at the top level.
func TestFidGotoCellBlocks(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\nfunc split(n int) (int, int) { return n / 10, n % 10 }")
	checkCells(t, s, []cellCase{
		{code: "for _, n := range []int{42, 17} {\n\thi, lo := split(n)\n\tfmt.Println(hi, lo)\n}\ni := 0\nagain:\ni++\nif i < 3 {\n\tgoto again\n}\nfmt.Println(\"i =\", i)", stdout: "4 2\n1 7\ni = 3\n"},
		{code: "fmt.Println(i)", stdout: "3\n"},
	})
}

// TestFidPanickingStringMethod checks a String or Error method whose body
// panics, printed by fmt: Go's fmt recovers the panic and prints
// %!v(PANIC=String method: ...) with the operand's verb, and the program
// goes on; the cell stopped.
func TestFidPanickingStringMethod(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"errors\"; \"fmt\")\ntype Bad struct{ n int }\nfunc (b Bad) String() string {\n\tif b.n > 1 {\n\t\tpanic(fmt.Sprint(\"too big: \", b.n))\n\t}\n\treturn \"ok\"\n}\n"+
		"type BadErr struct{}\nfunc (BadErr) Error() string { panic(errors.New(\"no message\")) }")
	checkCells(t, s, []cellCase{
		{code: "fmt.Println(Bad{1}, Bad{2})\nfmt.Printf(\"%s|%d\\n\", Bad{3}, Bad{4})", stdout: "ok %!v(PANIC=String method: too big: 2)\n%!s(PANIC=String method: too big: 3)|{4}\n"},
		{code: "fmt.Print(Bad{2}, Bad{1}, \"\\n\")\nfmt.Println(BadErr{}, \"after\")", stdout: "%!v(PANIC=String method: too big: 2) ok\n%!v(PANIC=Error method: no message) after\n"},
	})
}

// TestFidHeapOfCellInterface checks container/heap over a slice of a
// cell's interface type, popped in a loop (Huffman coding's queue): each
// heap.Pop returns the smallest element, in a function and at a cell's
// top level; the second pop was a nil pointer dereference.
func TestFidHeapOfCellInterface(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"container/heap\"; \"fmt\")\ntype Tree interface{ Freq() int }\ntype Leaf struct{ freq int; r rune }\nfunc (l Leaf) Freq() int { return l.freq }\n"+
		"type Node struct{ l, r Tree }\nfunc (n Node) Freq() int { return n.l.Freq() + n.r.Freq() }\n"+
		"type ts []Tree\nfunc (h ts) Len() int { return len(h) }\nfunc (h ts) Less(i, j int) bool { return h[i].Freq() < h[j].Freq() }\nfunc (h ts) Swap(i, j int) { h[i], h[j] = h[j], h[i] }\n"+
		"func (h *ts) Push(x any) { *h = append(*h, x.(Tree)) }\nfunc (h *ts) Pop() any { old := *h; x := old[len(old)-1]; *h = old[:len(old)-1]; return x }\n"+
		"func build(h *ts) Tree {\n\tfor h.Len() > 1 {\n\t\ta := heap.Pop(h).(Tree)\n\t\tb := heap.Pop(h).(Tree)\n\t\theap.Push(h, Node{a, b})\n\t}\n\treturn heap.Pop(h).(Tree)\n}")
	checkCells(t, s, []cellCase{
		{code: "h := &ts{Leaf{5, 'a'}, Leaf{1, 'b'}, Leaf{2, 'c'}, Leaf{4, 'd'}}\nheap.Init(h)\nfmt.Println(build(h).Freq())", stdout: "12\n"},
		{code: "q := &ts{Leaf{3, 'x'}, Leaf{1, 'y'}, Leaf{2, 'z'}}\nheap.Init(q)\nfor q.Len() > 0 {\n\tfmt.Print(heap.Pop(q).(Tree).Freq(), \" \")\n}\nfmt.Println()", stdout: "1 2 3 \n"},
	})
}

// TestFidTupleAssignNil checks an assignment of several values with an
// untyped nil among them (a slice, a map, an error, a pointer field), in a
// function and at a cell's top level: Go assigns the zero values; yaegi
// panicked with "reflect: New(nil)".
func TestFidTupleAssignNil(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\ntype P struct{ next *P; v int }\nfunc reset() (int, bool) {\n\tcur, n := []string{\"a\"}, 1\n\tcur, n = nil, 0\n\treturn n, cur == nil\n}")
	checkCells(t, s, []cellCase{
		{code: "fmt.Println(reset())", stdout: "0 true\n"},
		{code: "m, e := map[string]int{\"a\": 1}, fmt.Errorf(\"x\")\nm, e = nil, nil\np := P{&P{}, 2}\np.next, p.v = nil, 3\nfmt.Println(m == nil, e, p.next == nil, p.v)", stdout: "true <nil> true 3\n"},
	})
}

// TestFidReflectFieldOfNamedBasic checks reflect.Type.Field and
// FieldByName of a struct field whose type is a cell's type over a basic
// type (Lvl Level): the field's type is named main.Level as in Go (it was
// int), with int's Kind; other fields keep their types.
func TestFidReflectFieldOfNamedBasic(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"fmt\"; \"reflect\")\ntype Level int\ntype Tags []string\ntype User struct {\n\tName string\n\tLvl Level\n\tT Tags\n}")
	checkCells(t, s, []cellCase{
		{code: "rt := reflect.TypeOf(User{})\nfor i := range rt.NumField() {\n\tf := rt.Field(i)\n\tfmt.Println(f.Name, f.Type, f.Type.Kind())\n}\nf, _ := rt.FieldByName(\"Lvl\")\nfmt.Println(f.Type.Name())",
			stdout: "Name string string\nLvl main.Level int\nT main.Tags slice\nLevel\n"},
	})
}

// TestFidReflectImplementsCellInterface checks reflect.Type.Implements and
// AssignableTo against a cell's interface type taken as
// reflect.TypeOf((*I)(nil)).Elem(): Go answers from the method sets (value
// and pointer receivers, compiled types too), and the interface's type
// prints and has Kind as Go's; the cell was refused.
func TestFidReflectImplementsCellInterface(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"fmt\"; \"reflect\")\ntype Animal interface{ Sound() string }\ntype Dog struct{ Name string }\nfunc (d Dog) Sound() string { return \"woof\" }\n"+
		"type Cat struct{}\nfunc (c *Cat) Sound() string { return \"meow\" }")
	checkCells(t, s, []cellCase{
		{code: "at := reflect.TypeOf((*Animal)(nil)).Elem()\nfmt.Println(at, at.Kind(), at.Name(), at.NumMethod())\n" +
			"fmt.Println(reflect.TypeOf(Dog{}).Implements(at), reflect.TypeOf(&Dog{}).Implements(at), reflect.TypeOf(Cat{}).Implements(at), reflect.TypeOf(&Cat{}).Implements(at), reflect.TypeOf(0).Implements(at))\n" +
			"fmt.Println(reflect.TypeOf(Dog{}).AssignableTo(at), reflect.TypeOf(\"\").AssignableTo(at))",
			stdout: "main.Animal interface Animal 1\ntrue true false true false\ntrue false\n"},
	})
}

// TestFidAssertOfConversion checks an assertion of a value converted to
// an interface in the same expression, any(v).(T): the answer is v's type
// (also in a generic function's concrete copies), where yaegi said false
// for a cell's type with methods.
func TestFidAssertOfConversion(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\ntype Color int\nfunc (c Color) String() string { return fmt.Sprint(\"color\", int(c)) }\nfunc isColor[T any](v T) bool {\n\t_, ok := any(v).(Color)\n\treturn ok\n}")
	checkCells(t, s, []cellCase{
		{code: "c := Color(5)\nif cc, ok := any(c).(Color); ok {\n\tfmt.Println(\"yes\", cc)\n}\n_, ok := any(c).(int)\nfmt.Println(ok, isColor(Color(1)), isColor(1), any(c).(Color))", stdout: "yes color5\nfalse true false color5\n"},
	})
}

// TestFidStackAppendCapacities checks the capacities of slices that Go
// keeps on the stack: since Go 1.25 their first append from empty uses a
// 32-byte buffer of the frame (4 ints, 32 bytes, 2 strings, one struct of
// 24 bytes), once a call of the function; a slice that escapes (printed
// whole) grows as yaegi's append does. Inside a function, and as a cell's
// statements, where they run as chunks of their own.
func TestFidStackAppendCapacities(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\ntype P struct{ A, B, C int64 }\n"+
		"func caps() string {\n\tvar b []byte\n\tfor i := 0; i < 40; i++ {\n\t\tb = append(b, 'x')\n\t}\n"+
		"\tvar ps []P\n\tps = append(ps, P{})\n\tvar out []int\n\tfor round := 0; round < 2; round++ {\n"+
		"\t\tvar in []int\n\t\tin = append(in, round)\n\t\tout = append(out, cap(in))\n\t}\n"+
		"\treturn fmt.Sprint(cap(b), cap(ps), out[0], out[1])\n}")
	checkCells(t, s, []cellCase{
		{code: "fmt.Println(caps(), caps())", stdout: "64 1 4 1 64 1 4 1\n"},
		{code: "grow := []int{}\nprev := -1\nfor i := 0; i < 20; i++ {\n\tgrow = append(grow, i)\n\tif cap(grow) != prev {\n\t\tprev = cap(grow)\n\t\tfmt.Print(prev, \" \")\n\t}\n}\nfmt.Println()", stdout: "4 8 16 32 \n"},
		{code: "var st []string\nst = append(st, \"a\")\nfmt.Println(cap(st), len(st))", stdout: "2 1\n"},
		{code: "var e []int\ne = append(e, 1)\nfmt.Println(cap(e), e)", stdout: "1 [1]\n"},
		{code: "var f []int\nf = append(f, 1, 2, 3, 4, 5)\nfmt.Println(cap(f))", stdout: "6\n"},
	})
}

// TestFidErrorfHelperWrapsPointerError checks an Errorf helper taking
// args ...any, declared after the error type, given a pointer to a cell's
// error type: %w wraps it (it printed %!w(gopadrt.kept=...)), errors.As
// and errors.Is find it, and other verbs of a spread still see the value.
func TestFidErrorfHelperWrapsPointerError(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"errors\"; \"fmt\")\ntype NotFound struct{ Key string }\nfunc (e *NotFound) Error() string { return \"not found: \" + e.Key }\n"+
		"func wrapf(format string, args ...any) error { return fmt.Errorf(\"ctx: \"+format, args...) }")
	checkCells(t, s, []cellCase{
		{code: "target := &NotFound{\"k1\"}\nerr := wrapf(\"lookup %q: %w\", \"k1\", target)\nvar nf *NotFound\n" +
			"fmt.Println(err, errors.As(err, &nf), nf == target, errors.Is(err, target), errors.Is(err, &NotFound{\"k1\"}))",
			stdout: "ctx: lookup \"k1\": not found: k1 true true true false\n"},
		{code: "fmt.Printf(\"%d|%v|%+v\\n\", []any{&NotFound{\"x\"}, &NotFound{\"y\"}, &NotFound{\"z\"}}...)", stdout: "&{%!d(string=x)}|not found: y|not found: z\n"},
	})
}

// TestFidLoggerPrintOfStringer checks a *log.Logger's Print of values of a
// cell's type over int with a String method: printed through the method.
// gopad's stand-in for log.Logger had its operands rewritten twice (for
// printing and as values handed to compiled code), and the call panicked
// with "reflect: Call using fmt.Stringer as type int".
func TestFidLoggerPrintOfStringer(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"fmt\"; \"log\"; \"os\")\ntype Level int\nconst (\n\tDebug Level = iota\n\tWarn\n)\n"+
		"func (l Level) String() string { return fmt.Sprintf(\"L%d\", int(l)) }")
	checkCells(t, s, []cellCase{
		{code: "std := log.New(os.Stdout, \"std \", 0)\nstd.Print(Level(7), \" \", Warn)\nstd.Println(Debug, Warn)", stdout: "std L7 L1\nstd L0 L1\n"},
	})
}

// TestFidGoStatementsThenReceive checks A Tour of Go's channels example as
// a cell: two go statements and a receive of both results, which a later
// cell reads. The go statements and the statement after them run as one
// chunk (so the first goroutine does not run ahead while the next
// statement is compiled); the order the results come in is the
// scheduler's, in Go as here, and is only logged.
func TestFidGoStatementsThenReceive(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\nfunc sum(s []int, c chan int) {\n\tsum := 0\n\tfor _, v := range s {\n\t\tsum += v\n\t}\n\tc <- sum\n}")
	_, rec := run(t, s, "s := []int{7, 2, 8, -9, 4, 0}\nc := make(chan int)\ngo sum(s[:len(s)/2], c)\ngo sum(s[len(s)/2:], c)\nx, y := <-c, <-c\nfmt.Println(x, y, x+y)")
	if got := rec.out(); got != "-5 17 12\n" && got != "17 -5 12\n" {
		t.Fatalf("printed %q, want the two sums and 12", got)
	}
	t.Logf("order: %q (go run: -5 17 12)", rec.out())
	checkCells(t, s, []cellCase{{code: "fmt.Println(x * y)", stdout: "-85\n"}})
}
