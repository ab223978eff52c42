package interp

import (
	"strings"
	"testing"
)

// TestModernGo checks the constructs newer than the interpreter that the
// session rewrites: range over an integer, min, max and clear.
func TestModernGo(t *testing.T) {
	s := newSession(t)
	cases := []cellCase{
		{code: "for i := range 3 { fmt.Print(i) }", stdout: "012"},
		{code: "n := 4\nfor i := range n { fmt.Print(i) }", stdout: "0123"},
		{code: "func count(k int) { for i := range k { fmt.Print(i) } }\ncount(2)", stdout: "01"},
		{code: "xs := []int{5, 6}\nfor i := range len(xs) { fmt.Print(xs[i]) }", stdout: "56"},
		{code: "total := 0\nfor range 5 { total++ }\ntotal", result: "5"},
		{code: "var big int64 = 3\nfor j := range big { fmt.Printf(\"%T \", j) }", stdout: "int64 int64 int64 "},
		{code: "for _, v := range []string{\"a\", \"b\"} { fmt.Print(v) }", stdout: "ab"},
		{code: "min(3, 1, 2)", result: "1"},
		{code: "max(2.5, 7.25)", result: "7.25"},
		{code: "max(\"pear\", \"apple\")", result: "pear"},
		{code: "a, b := 10, 20\nmin(a, b) + max(a, b)", result: "30"},
		{code: "m := map[string]int{\"a\": 1, \"b\": 2}\nclear(m)\nlen(m)", result: "0"},
		{code: "sl := []int{1, 2, 3}\nclear(sl)\nsl", result: "[0 0 0]"},
	}
	checkCells(t, s, cases)
}

// TestLoopVariables checks Go 1.22's per-iteration loop variables: closures
// and goroutines started in a loop see their own iteration's value.
func TestLoopVariables(t *testing.T) {
	s := newSession(t)
	cases := []cellCase{
		{code: "var fs []func() int\nfor i := 0; i < 3; i++ { fs = append(fs, func() int { return i }) }\nfor _, f := range fs { fmt.Print(f()) }", stdout: "012"},
		{code: "var gs []func() string\nfor _, w := range []string{\"a\", \"b\"} { gs = append(gs, func() string { return w }) }\nfor _, g := range gs { fmt.Print(g()) }", stdout: "ab"},
		{code: "import \"sync\"\nvar wg sync.WaitGroup\nres := make([]int, 3)\nfor i := range 3 { wg.Add(1); go func() { defer wg.Done(); res[i] = i * 10 }() }\nwg.Wait()\nfmt.Print(res)", stdout: "[0 10 20]"},
		{code: "for i := 0; i < 5; i++ { if i == 1 { i += 2 }; fmt.Print(i) }", stdout: "034"},
	}
	checkCells(t, s, cases)
}

func TestLoopVariableFieldNames(t *testing.T) {
	s := newSession(t)
	res, rec := run(t, s, "type P struct{ i int }\nvar fs []func() int\nfor i := 0; i < 2; i++ { p := P{i: i}; fs = append(fs, func() int { return p.i + i }) }\nfor _, f := range fs { fmt.Print(f()) }")
	if res.Err != nil || rec.out() != "02" {
		t.Fatalf("%+v %q", res.Err, rec.out())
	}
}

// TestDisplayerInCell checks that a type declared in a cell with a
// Display method is shown richly as a cell's value.
func TestDisplayerInCell(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"github.com/gopad/gopad/interp/display\"\ntype Temp struct{ C float64 }\nfunc (t Temp) Display() display.Data { return display.HTMLData(fmt.Sprintf(\"<b>%v°C</b>\", t.C)) }")
	for _, code := range []string{"Temp{21}", "tt := Temp{21}\ntt"} {
		res, _ := run(t, s, code)
		if res.Err != nil {
			t.Fatalf("%q: %v", code, res.Err)
		}
		if html, _ := res.Data["text/html"].(string); html != "<b>21°C</b>" {
			t.Errorf("%q: data %v", code, res.Data)
		}
	}
	if res, _ := run(t, s, "struct{ A int }{3}"); text(res) != "{3}" || res.Data["text/html"] != nil {
		t.Errorf("plain struct: %v", res.Data)
	}
}

func TestDeferArguments(t *testing.T) {
	s := newSession(t)
	res, rec := run(t, s, "func f() { x := 1; defer fmt.Println(\"deferred\", x); x = 2; fmt.Println(\"now\", x) }\nf()")
	if res.Err != nil || rec.out() != "now 2\ndeferred 1\n" {
		t.Fatalf("%v %q", res.Err, rec.out())
	}
	res, rec = run(t, s, "func g() { for i := 0; i < 3; i++ { defer fmt.Print(i, \" \") } }\ng()")
	if res.Err != nil || rec.out() != "2 1 0 " {
		t.Fatalf("%v %q", res.Err, rec.out())
	}
	// Arguments that other rewrites change too (a loop variable, min).
	res, rec = run(t, s, "for i := range 3 { defer fmt.Print(i, min(i, 1), \" \") }\nfmt.Print(\"end \")")
	if res.Err != nil || rec.out() != "end 2 1 1 1 0 0 " {
		t.Fatalf("%v %q", res.Err, rec.out())
	}
}

func TestTopLevelCommaOk(t *testing.T) {
	s := newSession(t)
	res, rec := run(t, s, "var v any = 3\nn, ok := v.(int)\ns, ok2 := v.(string)\nfmt.Println(n, ok, s == \"\", ok2)")
	if res.Err != nil || rec.out() != "3 true true false\n" {
		t.Fatalf("%v %q", res.Err, rec.out())
	}
	res, rec = run(t, s, "type T float64\nvar w any = T(1)\nfmt.Println(w)")
	if res.Err != nil || rec.out() != "1\n" {
		t.Fatalf("a cell's type T: %v %q", res.Err, rec.out())
	}
}

// TestStringMethods checks that fmt uses String and Error methods of types
// declared in cells.
func TestStringMethods(t *testing.T) {
	s := newSession(t)
	run(t, s, "type Celsius float64\nfunc (c Celsius) String() string { return fmt.Sprintf(\"%.1f°C\", float64(c)) }\ntype Card struct{ Rank int }\nfunc (c *Card) String() string { return fmt.Sprint(\"card \", c.Rank) }\ntype Oops struct{}\nfunc (Oops) Error() string { return \"oops!\" }")
	cases := []cellCase{
		{code: "t := Celsius(21.5)\nfmt.Println(t)", stdout: "21.5°C\n"},
		{code: "fmt.Printf(\"%v|%s|%.2f\\n\", t, t, float64(t))", stdout: "21.5°C|21.5°C|21.50\n"},
		{code: "fmt.Println(Celsius(3))", stdout: "3.0°C\n"},
		{code: "c := &Card{7}\nfmt.Println(c)", stdout: "card 7\n"},
		{code: "v := Card{8}\nfmt.Println(v)", stdout: "{8}\n"},
		{code: "func show(x Celsius) { fmt.Println(\"show\", x) }\nshow(4)", stdout: "show 4.0°C\n"},
		{code: "fmt.Println(Oops{})", stdout: "oops!\n"},
		{code: "msg := fmt.Sprintf(\"%v!\", t)\nfmt.Println(msg)", stdout: "21.5°C!\n"},
	}
	checkCells(t, s, cases)
}

// TestRangeOverFunc checks range over functions (Go 1.23 iterators): the
// loop body sees each value; break, continue and return behave as in Go;
// the standard library's iterators work; a defer in the body runs when the
// function returns; a loop the rewrite cannot carry (a deferred literal
// that calls recover) is explained.
func TestRangeOverFunc(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"iter\"; \"maps\"; \"slices\")\nfunc Count(n int) func(func(int) bool) { return func(yield func(int) bool) { for i := 0; i < n; i++ { if !yield(i) { fmt.Print(\"stop \"); return } } } }\nfunc Pairs(ks []string) iter.Seq2[int, string] { return func(yield func(int, string) bool) { for i, k := range ks { if !yield(i, k) { return } } } }")
	cases := []cellCase{
		{code: "for i := range Count(3) { fmt.Print(i) }", stdout: "012"},
		{code: "for i := range Count(10) {\n\tif i == 1 { continue }\n\tif i == 3 { break }\n\tfmt.Print(i)\n}", stdout: "02stop "},
		{code: "for range Count(2) { fmt.Print(\"x\") }", stdout: "xx"},
		{code: "for i, k := range Pairs([]string{\"a\", \"b\"}) { fmt.Print(i, k, \" \") }", stdout: "0a 1b "},
		{code: "func find(ks []string, w string) (int, bool) {\n\tfor i, k := range Pairs(ks) {\n\t\tif k == w { return i, true }\n\t}\n\treturn -1, false\n}\nfmt.Print(find([]string{\"a\", \"b\"}, \"b\"))", stdout: "1 true"},
		{code: "func first(n int) (v int) {\n\tfor i := range Count(n) { v = i * 10; return }\n\treturn -1\n}\nfmt.Print(first(3), first(0))", stdout: "stop 0 -1"},
		{code: "outer:\nfor i := range Count(3) {\n\tfor j := 0; j < 3; j++ {\n\t\tif j == 1 { continue outer }\n\t\tif i == 2 { break outer }\n\t\tfmt.Print(i, j, \" \")\n\t}\n}", stdout: "0 0 1 0 stop "},
		{code: "for i := range Count(2) { for j := range Count(2) { fmt.Print(i, j, \" \") } }", stdout: "0 0 0 1 1 0 1 1 "},
		{code: "m := map[string]int{\"b\": 2, \"a\": 1}\nfor _, k := range slices.Sorted(maps.Keys(m)) { fmt.Print(k) }", stdout: "ab"},
		{code: "for i, v := range slices.All([]string{\"x\", \"y\"}) { fmt.Print(i, v) }", stdout: "0x1y"},
		{code: "for i, v := range slices.Backward([]int{7, 8}) { fmt.Print(i, v) }", stdout: "1 80 7"},
		{code: "sum := 0\nfor v := range maps.Values(m) { sum += v }\nsum", result: "3"},
		{code: "slices.Max([]float64{2.5, 1}) * 2", result: "5"},
		{code: "len(maps.Collect(slices.All([]string{\"p\", \"q\"})))", result: "2"},
	}
	checkCells(t, s, cases)
	checkCells(t, s, []cellCase{{code: "func deferred() { for i := range Count(3) { defer fmt.Print(i) }; fmt.Print(\"|\") }\ndeferred()", stdout: "|210"}})
	res, _ := run(t, s, "func recovers() { for i := range Count(3) { defer func() { recover() }(); _ = i } }\nrecovers()")
	if res.Err == nil || res.Err.Name != "Unsupported" || !strings.Contains(res.Err.Value, "iterator") {
		t.Fatalf("a loop left alone is not explained: %+v", res.Err)
	}
}

// TestGenericInference checks calls of a cell's generic functions whose
// type arguments yaegi cannot infer itself (through function-typed
// arguments, untyped constants, variadics), across cells.
func TestGenericInference(t *testing.T) {
	s := newSession(t)
	cases := []cellCase{
		{code: "import \"strconv\"\nfunc Map[T, U any](xs []T, f func(T) U) []U {\n\tout := make([]U, 0, len(xs))\n\tfor _, x := range xs { out = append(out, f(x)) }\n\treturn out\n}"},
		{code: "nums := []int{1, 2, 3}"},
		{code: "Map(nums, strconv.Itoa)", result: "[1 2 3]"},
		{code: "fmt.Printf(\"%q\\n\", Map(nums, func(n int) string { return strconv.Itoa(n * n) }))", stdout: "[\"1\" \"4\" \"9\"]\n"},
		{code: "func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {\n\tacc := init\n\tfor _, x := range xs { acc = f(acc, x) }\n\treturn acc\n}\nReduce(nums, 0.5, func(a float64, n int) float64 { return a + float64(n) })", result: "6.5"},
		{code: "type Ordered interface{ ~int | ~float64 | ~string }\nfunc MinOf[T Ordered](xs ...T) T {\n\tm := xs[0]\n\tfor _, x := range xs[1:] { if x < m { m = x } }\n\treturn m\n}\nMinOf(5, 2, 8)", result: "2"},
		{code: "type Celsius float64\nMinOf(Celsius(3), Celsius(-1))", result: "-1"},
		{code: "func Lengths[T any](xss [][]T) []int { return Map(xss, func(xs []T) int { return len(xs) }) }\nLengths([][]string{{\"a\"}, {\"b\", \"c\"}})", result: "[1 2]"},
		{code: "r := func() []string { Map := func(xs []int, f func(int) string) []string { return []string{\"local\"} }; return Map(nums, strconv.Itoa) }()\nr", result: "[local]"},
	}
	checkCells(t, s, cases)
}

// TestPrintCellTypes checks that fmt prints values of the cells' own types
// as Go does wherever their static type shows it: String and Error methods
// of elements of slices, arrays and maps, of fields and of function
// results; %T and %#v names.
func TestPrintCellTypes(t *testing.T) {
	s := newSession(t)
	run(t, s, "type Color int\nconst (\n\tRed Color = iota\n\tGreen\n\tBlue\n)\nfunc (c Color) String() string { return [...]string{\"Red\", \"Green\", \"Blue\"}[c] }\ntype Pixel struct{ X int; C Color }\nfunc fav() Color { return Green }\ntype MyErr struct{ Code int }\nfunc (e MyErr) Error() string { return fmt.Sprint(\"code \", e.Code) }\ntype MyInt int\ntype P struct{ X, Y int }")
	cases := []cellCase{
		{code: "fmt.Println([]Color{Blue, Red})", stdout: "[Blue Red]\n"},
		{code: "cs := []Color{Green, Blue}\nfmt.Printf(\"%v|%s|%q|%d\\n\", cs, cs, cs, cs)", stdout: "[Green Blue]|[Green Blue]|[\"Green\" \"Blue\"]|[1 2]\n"},
		{code: "fmt.Println([2]Color{Blue, Green})", stdout: "[Blue Green]\n"},
		{code: "fmt.Println(map[Color]int{Blue: 2, Red: 1}, map[string]Color{\"b\": Blue, \"a\": Red})", stdout: "map[Red:1 Blue:2] map[a:Red b:Blue]\n"},
		{code: "px := Pixel{1, Blue}\nfmt.Println(px.C, fav())", stdout: "Blue Green\n"},
		{code: "fmt.Println([]MyErr{{1}, {2}})", stdout: "[code 1 code 2]\n"},
		{code: "msg := fmt.Sprintf(\"%v!\", []Color{Red})\nfmt.Println(msg)", stdout: "[Red]!\n"},
		{code: "var n MyInt = 3\nfmt.Printf(\"%T %T %T %v\\n\", n, []MyInt{}, &P{}, n)", stdout: "main.MyInt []main.MyInt *main.P 3\n"},
		{code: "fmt.Printf(\"%#v %+v\\n\", P{1, 2}, P{3, 4})", stdout: "main.P{X:1, Y:2} {X:3 Y:4}\n"},
		{code: "fmt.Printf(\"%6.2f%% %T\\n\", 12.3456, Blue)", stdout: " 12.35% main.Color\n"},
		{code: "type Rect struct{ W, H float64 }\nfunc (r Rect) Area() float64 { return r.W * r.H }\ntype Shape interface{ Area() float64 }\nvar sh Shape = Rect{1, 2}\nfmt.Printf(\"%T %T %T %v\\n\", sh, any(&Rect{}), []any{1}, sh)", stdout: "main.Rect *main.Rect []interface {} {1 2}\n"},
		{code: "var e any = Rect{3, 4}\nfmt.Printf(\"%#v %T\\n\", e, nil)", stdout: "main.Rect{W:3, H:4} <nil>\n"},
		{code: "type Money int\nfunc (m Money) Format(f fmt.State, verb rune) { fmt.Fprintf(f, \"$%d.%02d\", int(m)/100, int(m)%100) }\nfmt.Printf(\"%v|%d|%s\\n\", Money(1234), Money(5), []int{1})\nfmt.Println(Money(99))", stdout: "$12.34|$0.05|[%!s(int=1)]\n$0.99\n"},
		{code: "type acct struct{ owner string; Bal int }\na := acct{owner: \"ann\", Bal: 5}\nfmt.Printf(\"%+v|%v|%#v\\n\", a, a, a)", stdout: "{owner:ann Bal:5}|{ann 5}|main.acct{owner:\"ann\", Bal:5}\n"},
	}
	checkCells(t, s, cases)
}

// TestMethodValues checks method values (bound when evaluated, as in Go)
// and method expressions of the cells' own types.
func TestMethodValues(t *testing.T) {
	s := newSession(t)
	run(t, s, "type G struct{ word string }\nfunc (g G) Greet(name string) string { return g.word + \", \" + name }\ntype C struct{ n int }\nfunc (c *C) Add(ks ...int) { for _, k := range ks { c.n += k } }\nfunc apply(f func(string) string) string { return f(\"Ann\") }\ntype Namer interface{ Greet(string) string }")
	cases := []cellCase{
		{code: "g := G{\"Hi\"}\ngreet := g.Greet\ng.word = \"Bye\"\nfmt.Println(greet(\"Bo\"), g.Greet(\"Bo\"))", stdout: "Hi, Bo Bye, Bo\n"},
		{code: "fmt.Println(apply(G{\"Yo\"}.Greet))", stdout: "Yo, Ann\n"},
		{code: "expr := G.Greet\nfmt.Println(expr(G{\"Hey\"}, \"Cy\"))", stdout: "Hey, Cy\n"},
		{code: "var c C\nadd := c.Add\nadd(1, 2)\nadd()\n(*C).Add(&c, 10)\nfmt.Println(c.n)", stdout: "13\n"},
		{code: "var nm Namer = G{\"Ola\"}\nf := nm.Greet\nfmt.Println(f(\"Di\"))", stdout: "Ola, Di\n"},
	}
	checkCells(t, s, cases)
}

// TestErrorsWithCellTypes checks errors.As and errors.Is with error types
// declared in cells, directly and through fmt.Errorf's %w and errors.Join.
func TestErrorsWithCellTypes(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"errors\"\ntype VErr struct{ Field string }\nfunc (e *VErr) Error() string { return \"bad \" + e.Field }\ntype NotFound string\nfunc (n NotFound) Error() string { return string(n) + \" not found\" }\ntype Box struct{ Err NotFound }")
	cases := []cellCase{
		{code: "var ve *VErr\nvar err error = &VErr{\"age\"}\nfmt.Println(errors.As(err, &ve), ve.Field)", stdout: "true age\n"},
		{code: "var ve2 *VErr\nw := fmt.Errorf(\"saving: %w\", &VErr{\"name\"})\nfmt.Println(w, errors.As(w, &ve2), ve2.Field)", stdout: "saving: bad name true name\n"},
		{code: "var nf NotFound\nj := errors.Join(errors.New(\"x\"), NotFound(\"bob\"))\nfmt.Println(errors.As(j, &nf), nf)", stdout: "true bob not found\n"},
		{code: "var nf2 NotFound\nfmt.Println(errors.As(errors.New(\"plain\"), &nf2))", stdout: "false\n"},
		{code: "e := fmt.Errorf(\"lookup: %w\", NotFound(\"al\"))\nfmt.Println(e, errors.Is(e, NotFound(\"al\")), errors.Is(e, NotFound(\"zz\")))", stdout: "lookup: al not found true false\n"},
		{code: "b := Box{NotFound(\"cy\")}\nfmt.Println(fmt.Errorf(\"in box: %w\", b.Err))", stdout: "in box: cy not found\n"},
		{code: "type Up struct{ n int }\nfunc (u *Up) Write(p []byte) (int, error) { u.n += len(p); return len(p), nil }\nu1, u2 := &Up{}, &Up{}\nfmt.Fprint(io.MultiWriter(u1, u2), \"four\")\nfmt.Println(u1.n, u2.n)", stdout: "4 4\n"},
	}
	checkCells(t, s, cases)
}

// cellCase is a cell and what it must show: its standard output (exactly)
// and, unless empty, its result.
type cellCase struct{ code, stdout, result string }

// checkCells runs the cases in order in s and reports every difference.
func checkCells(t *testing.T, s *Session, cases []cellCase) {
	t.Helper()
	for _, c := range cases {
		res, rec := run(t, s, c.code)
		if res.Err != nil {
			t.Errorf("%q: %s: %s", c.code, res.Err.Name, res.Err.Value)
			continue
		}
		if rec.out() != c.stdout {
			t.Errorf("%q: stdout %q, want %q", c.code, rec.out(), c.stdout)
		}
		if c.result != "" && text(res) != c.result {
			t.Errorf("%q: result %q, want %q", c.code, text(res), c.result)
		}
	}
}

// TestJSONWithCellTypes checks that encoding/json leaves out unexported
// fields of the cells' struct types, also nested, as Go does.
func TestJSONWithCellTypes(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"encoding/json\"; \"os\")\ntype Item struct {\n\tName  string `json:\"name\"`\n\tprice int\n}\ntype Cart struct {\n\tOwner string\n\tItems []Item\n\tBest  *Item `json:\"best,omitempty\"`\n\tByTag map[string]Item\n\tnote  string\n}")
	checkCells(t, s, []cellCase{
		{code: "b, err := json.Marshal(Item{\"pen\", 3})\nfmt.Println(string(b), err)", stdout: "{\"name\":\"pen\"} <nil>\n"},
		{code: "c := Cart{Owner: \"ann\", Items: []Item{{\"a\", 1}}, ByTag: map[string]Item{\"x\": {\"b\", 2}}, note: \"n\"}\nb2, _ := json.Marshal(c)\nfmt.Println(string(b2))", stdout: "{\"Owner\":\"ann\",\"Items\":[{\"name\":\"a\"}],\"ByTag\":{\"x\":{\"name\":\"b\"}}}\n"},
		{code: "c.Best = &Item{\"top\", 9}\njson.NewEncoder(os.Stdout).Encode(c.Best)", stdout: "{\"name\":\"top\"}\n"},
		{code: "b3, _ := json.MarshalIndent([]Item{{\"q\", 1}}, \"\", \" \")\nfmt.Println(string(b3))", stdout: "[\n {\n  \"name\": \"q\"\n }\n]\n"},
	})
}
