package interp

import "testing"

// TestFidProbeATupleCalls checks that an assignment of several values
// reads all its operands before it assigns any, when some of them are
// calls or receives: a swap through functions, a tree mirrored in place,
// at the top level and inside functions.
func TestFidProbeATupleCalls(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\nfunc id(x int) int { return x }\n"+
		"type N struct{ L, R *N; V int }\n"+
		"func inv(n *N) *N { if n != nil { n.L, n.R = inv(n.R), inv(n.L) }; return n }")
	checkCells(t, s, []cellCase{
		{code: "a, b := 1, 2\na, b = id(b), id(a)\nfmt.Println(a, b)", stdout: "2 1\n"},
		{code: "a, b = b, id(a)\nfmt.Println(a, b)", stdout: "1 2\n"},
		{code: "ch := make(chan int, 1)\nch <- 9\na, b = <-ch, a\nfmt.Println(a, b)", stdout: "9 1\n"},
		{code: "a, b = 5, 6\nfmt.Println(a, b)", stdout: "5 6\n"},
		{code: "t := inv(&N{V: 1, L: &N{V: 2, L: &N{V: 4}}, R: &N{V: 3}})\nfmt.Println(t.L.V, t.R.V, t.R.R.V)", stdout: "3 2 4\n"},
		{code: "func() { xs := []int{1, 2}; xs[0], xs[1] = id(xs[1]), id(xs[0]); fmt.Println(xs) }()", stdout: "[2 1]\n"},
		{code: "func() { x, y := 1, 2; for i := 0; i < 3; i++ { x, y = y, id(x+y) }; fmt.Println(x, y) }()", stdout: "5 8\n"},
	})
}

// TestFidProbeAEntryResults checks that a map entry assigned from a call
// or a comma-ok expression together with another operand is set, as Go
// sets it: at the top level, in functions, with a blank operand.
func TestFidProbeAEntryResults(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"fmt\"; \"strconv\")\nfunc two() (int, int) { return 1, 2 }\n"+
		"func parse(in []string) (map[string]int, error) {\n\tout := map[string]int{}\n\tvar err error\n"+
		"\tfor _, s := range in {\n\t\tif out[s], err = strconv.Atoi(s); err != nil {\n\t\t\treturn nil, err\n\t\t}\n\t}\n\treturn out, nil\n}\n"+
		"func load(in []string) (map[string]int, error) {\n\tout := map[string]int{}\n\tvar err error\n"+
		"\tfor _, s := range in {\n\t\tout[s], err = strconv.Atoi(s)\n\t\tif err != nil {\n\t\t\treturn nil, err\n\t\t}\n\t}\n\treturn out, nil\n}")
	checkCells(t, s, []cellCase{
		{code: "m := map[string]int{}\nvar n int\nm[\"x\"], n = two()\nfmt.Println(m, n)", stdout: "map[x:1] 2\n"},
		{code: "src := map[string]int{\"k\": 3}\nvar ok bool\nm[\"z\"], ok = src[\"k\"]\nfmt.Println(m[\"z\"], ok)", stdout: "3 true\n"},
		{code: "var v any = 4\nm[\"w\"], ok = v.(int)\nfmt.Println(m[\"w\"], ok)", stdout: "4 true\n"},
		{code: "m[\"b\"], _ = two()\nfmt.Println(m[\"b\"], len(m))", stdout: "1 4\n"},
		{code: "fmt.Println(load([]string{\"1\", \"22\"}))", stdout: "map[1:1 22:22] <nil>\n"},
		{code: "fmt.Println(parse([]string{\"3\", \"4\"}))\nfmt.Println(parse([]string{\"x\"}))", stdout: "map[3:3 4:4] <nil>\nmap[] strconv.Atoi: parsing \"x\": invalid syntax\n"},
		{code: "func() { ch := make(chan int, 1); ch <- 7; got := map[int]int{}; var ok bool; got[1], ok = <-ch; fmt.Println(got, ok) }()", stdout: "map[1:7] true\n"},
	})
}

// TestFidProbeAAnonymousStructFields checks that %+v and %#v name the
// unexported fields of anonymous struct types and of types declared in
// functions as written, in a session with and without declared types.
func TestFidProbeAAnonymousStructFields(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\nfunc show() {\n\ttype loc struct{ name string; n int }\n\tfmt.Printf(\"%+v\\n\", loc{\"a\", 1})\n}")
	checkCells(t, s, []cellCase{
		{code: "dog := struct {\n\tname   string\n\tisGood bool\n}{\"Rex\", true}\nfmt.Printf(\"%v %+v\\n\", dog, dog)", stdout: "{Rex true} {name:Rex isGood:true}\n"},
		{code: "show()", stdout: "{name:a n:1}\n"},
		{code: "var cfg struct{ host string; port int }", stdout: ""},
		{code: "cfg.host = \"h\"\nfmt.Printf(\"%+v %#v\\n\", cfg, cfg)", stdout: "{host:h port:0} struct { host string; port int }{host:\"h\", port:0}\n"},
		{code: "fmt.Println(fmt.Sprintf(\"%+v\", []struct{ k string }{{\"x\"}}))", stdout: "[{k:x}]\n"},
		{code: "type person struct{ Name string }\nfmt.Printf(\"%+v %+v\\n\", person{\"Al\"}, struct{ id int }{7})", stdout: "{Name:Al} {id:7}\n"},
	})
}

// TestFidProbeAMethodValuesInAny checks that fmt prints a value of a cell
// type with methods that reached it through an empty interface (a
// parameter, a variable declared any, an assignment) as Go does, and that
// %T names their types.
func TestFidProbeAMethodValuesInAny(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\ntype I interface{ M() string }\ntype T struct{ S string }\nfunc (t *T) M() string { return \"T.M \" + t.S }\n"+
		"type V struct{ N int }\nfunc (v V) M() string { return fmt.Sprint(\"V.M \", v.N) }\n"+
		"func describe(i interface{}) { fmt.Printf(\"(%v, %T)\\n\", i, i) }\nfunc show(i any) { fmt.Println(i) }")
	checkCells(t, s, []cellCase{
		{code: "describe(&T{\"a\"})\ndescribe(V{1})\ndescribe(42)", stdout: "(&{a}, *main.T)\n({1}, main.V)\n(42, int)\n"},
		{code: "var i I = &T{\"x\"}\nshow(i)", stdout: "&{x}\n"},
		{code: "func() { var e any = V{2}; show(e); fmt.Printf(\"%v|%d|%+v\\n\", e, e, e) }()", stdout: "{2}\n{2}|{2}|{N:2}\n"},
		{code: "var tp *T\ndescribe(tp)\nvar a any = tp\nfmt.Println(a == nil, a)", stdout: "(<nil>, *main.T)\nfalse <nil>\n"},
		{code: "func() { var e any; e = &T{\"y\"}; fmt.Printf(\"%v %+v\\n\", e, e) }()", stdout: "&{y} &{S:y}\n"},
	})
}

// TestFidProbeATypeNameInCellInterface checks %T of a cell's interface
// holding a value of a cell type over a basic type or a slice, as in the
// Tour's describe(i I), and of an empty interface holding one with methods.
func TestFidProbeATypeNameInCellInterface(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"fmt\"; \"math\")\ntype I interface{ M() }\ntype T struct{ S string }\nfunc (t *T) M() {}\n"+
		"type F float64\nfunc (f F) M() {}\ntype Names []string\nfunc (n Names) M() {}\ntype MyFloat float64\nfunc (f MyFloat) M() {}\n"+
		"func describe(i I) { fmt.Printf(\"(%v, %T)\\n\", i, i) }")
	checkCells(t, s, []cellCase{
		{code: "var i I\ni = &T{\"Hello\"}\ndescribe(i)\ni = F(math.Pi)\ndescribe(i)", stdout: "(&{Hello}, *main.T)\n(3.141592653589793, main.F)\n"},
		{code: "i = Names{\"a\"}\ndescribe(i)\nfmt.Printf(\"%T|%8T|\\n\", i, F(2))", stdout: "([a], main.Names)\nmain.Names|  main.F|\n"},
		{code: "func() { var e any = F(1); var x any = 2.5; fmt.Printf(\"%T %T %v\\n\", e, x, e) }()", stdout: "main.F float64 1\n"},
		{code: "func() { var e any; fmt.Printf(\"%T %v\\n\", e, e) }()", stdout: "<nil> <nil>\n"},
		{code: "describe(MyFloat(1.5))\nfunc() { var e any = MyFloat(2); fmt.Printf(\"%T\\n\", e) }()", stdout: "(1.5, main.MyFloat)\nmain.MyFloat\n"},
	})
}

// TestFidProbeASpreadToPrint checks that a logging helper that spreads
// its ...any into fmt prints the cells' values as Go does (their fields,
// or their String method), and that Errorf still wraps with %w.
func TestFidProbeASpreadToPrint(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"errors\"; \"fmt\")\ntype T struct{ S string }\nfunc (t *T) M() string { return t.S }\n"+
		"type V struct{ N int }\nfunc (v V) M() int { return v.N }\ntype C struct{ Name string }\nfunc (c C) String() string { return \"City \" + c.Name }\n"+
		"func logf(format string, args ...any) { fmt.Printf(format, args...) }\nfunc say(args ...any) { fmt.Println(args...) }\n"+
		"func wrap(format string, args ...any) error { return fmt.Errorf(format, args...) }")
	checkCells(t, s, []cellCase{
		{code: "logf(\"%v %v %d %s\\n\", V{1}, &T{\"a\"}, 3, C{\"Oslo\"})", stdout: "{1} &{a} 3 City Oslo\n"},
		{code: "say(V{2}, C{\"Rome\"}, \"x\", nil)\nvar none []any\nsay(none...)", stdout: "{2} City Rome x <nil>\n\n"},
		{code: "base := errors.New(\"base\")\nerr := wrap(\"ctx %d: %w\", 7, base)\nfmt.Println(err, errors.Is(err, base))", stdout: "ctx 7: base true\n"},
	})
}

// TestFidProbeAContainersOfAny checks that a slice or map of an empty
// interface printed whole shows the cells' values it holds as Go does.
func TestFidProbeAContainersOfAny(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\ntype V struct{ N int }\nfunc (v V) M() int { return v.N }\n"+
		"type C struct{ Name string }\nfunc (c C) String() string { return \"City \" + c.Name }")
	checkCells(t, s, []cellCase{
		{code: "xs := []any{V{1}, C{\"Oslo\"}, 4, \"s\"}\nfmt.Println(xs)\nfmt.Printf(\"%v\\n\", xs)", stdout: "[{1} City Oslo 4 s]\n[{1} City Oslo 4 s]\n"},
		{code: "m := map[string]any{\"v\": V{2}, \"c\": C{\"Rome\"}, \"n\": 1}\nfmt.Println(m)", stdout: "map[c:City Rome n:1 v:{2}]\n"},
		{code: "func() { ys := []interface{}{V{3}}; var none []any; fmt.Println(ys, none, len(none)) }()", stdout: "[{3}] [] 0\n"},
	})
}

// TestFidProbeALoggerMethods checks that a *log.Logger's Printf and
// Println print a cell type through its String method, as log.Printf does,
// also in a chunk that names no package.
func TestFidProbeALoggerMethods(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"log\"; \"os\")\ntype C struct{ Name string }\nfunc (c C) String() string { return \"City \" + c.Name }")
	checkCells(t, s, []cellCase{
		{code: "l := log.New(os.Stdout, \"app: \", 0)", stdout: ""},
		{code: "l.Printf(\"%v|%s\", C{\"Bern\"}, C{\"Oslo\"})\nl.Println(C{\"Rome\"}, 2)", stdout: "app: City Bern|City Oslo\napp: City Rome 2\n"},
	})
}

// TestFidProbeAAnyToCellInterface checks assertions of an empty interface
// to a cell's interface, comma-ok and single-valued, of values held in
// parameters, slices of any and variables declared any.
func TestFidProbeAAnyToCellInterface(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\ntype I interface{ M() string }\ntype V struct{ N int }\nfunc (v V) M() string { return fmt.Sprint(\"V\", v.N) }\n"+
		"type T struct{ S string }\nfunc (t *T) M() string { return \"T\" + t.S }\n"+
		"func call(i any) string { if m, ok := i.(I); ok { return m.M() }; return \"no I\" }\nfunc must(i any) string { return i.(I).M() }\n"+
		"func each(xs []any) (out []string) { for _, x := range xs { if m, ok := x.(I); ok { out = append(out, m.M()) } }; return }")
	checkCells(t, s, []cellCase{
		{code: "fmt.Println(call(V{1}), call(&T{\"a\"}), call(5), call(nil))", stdout: "V1 Ta no I no I\n"},
		{code: "fmt.Println(must(V{2}), each([]any{V{3}, &T{\"b\"}, \"x\"}))", stdout: "V2 [V3 Tb]\n"},
		{code: "func() { var x any = V{4}; m, ok := x.(I); fmt.Println(m.M(), ok) }()", stdout: "V4 true\n"},
		{code: "var top any = V{5}\nfmt.Println(call(top))", stdout: "V5\n"},
		{code: "func() { var x any = T{\"v\"}; _, ok := x.(I); x = &T{\"p\"}; _, ok2 := x.(I); fmt.Println(ok, ok2) }()", stdout: "false true\n"},
	})
	if _, e := runErr(t, s, "must(5)"); e == "" {
		t.Error("must(5): no panic, want the failed assertion's")
	}
}

// TestFidProbeAPointerMethodExpr checks a method expression of a pointer
// type naming a value method, called at once and stored.
func TestFidProbeAPointerMethodExpr(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\ntype Point struct{ X, Y int }\nfunc (p *Point) Scale(f int) { p.X *= f; p.Y *= f }\nfunc (p Point) Dist() int { return p.X + p.Y }")
	checkCells(t, s, []cellCase{
		{code: "p := Point{3, 4}\n(*Point).Scale(&p, 2)\nfmt.Println(p, (*Point).Dist(&p), Point.Dist(p))", stdout: "{6 8} 14 14\n"},
		{code: "d := (*Point).Dist\nfmt.Println(d(&p))", stdout: "14\n"},
	})
}

// TestFidProbeAInterfaceHoldsCopy checks that an interface value holds a
// copy of the struct variable it was made from, as in Go: changing the
// variable afterwards does not change what the interface holds.
func TestFidProbeAInterfaceHoldsCopy(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\ntype Animal interface{ Name() string }\ntype Base struct{ name string }\n"+
		"func (b Base) Name() string { return b.name }\nfunc (b *Base) Rename(n string) { b.name = n }\ntype Dog struct{ Base; age int }")
	checkCells(t, s, []cellCase{
		{code: "d := Dog{Base{\"rex\"}, 3}\nvar a Animal = d\nd.Rename(\"max\")\nfmt.Println(a.Name(), d.Name())", stdout: "rex max\n"},
		{code: "b := Base{\"b1\"}\nanimals := []Animal{b}\nb.name = \"b2\"\nfmt.Println(animals[0].Name(), b.name)", stdout: "b1 b2\n"},
		{code: "func() { b := Base{\"g1\"}; var e any = b; m := map[string]Animal{\"x\": b}; b.name = \"g2\"; fmt.Println(e.(Base).name, m[\"x\"].Name()) }()", stdout: "g1 g1\n"},
		{code: "func() { var a Animal; b := Base{\"h1\"}; a = b; b.Rename(\"h2\"); fmt.Println(a.Name()) }()", stdout: "h1\n"},
	})
}

// TestFidProbeATypedVarLiteral checks a variable declared with an
// interface type and a slice or map literal of a cell type, at the top
// level and in a function.
func TestFidProbeATypedVarLiteral(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\ntype I interface{ M() string }\ntype Names []string\nfunc (n Names) M() string { return fmt.Sprint(len(n)) }\n"+
		"type Set map[string]bool\nfunc (s Set) M() string { return fmt.Sprint(len(s)) }")
	checkCells(t, s, []cellCase{
		{code: "var k I = Names{\"x\", \"y\"}\nfmt.Println(k.M())", stdout: "2\n"},
		{code: "func() { var j I = Set{\"a\": true}; var n I = Names{}; fmt.Println(j.M(), n.M()) }()", stdout: "1 0\n"},
	})
}

// TestFidProbeAJSONOfAny checks that encoding/json encodes the cells'
// values held in an any, []any or map[string]any (nested too) by their
// exported fields, as Go does.
func TestFidProbeAJSONOfAny(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\"encoding/json\"; \"fmt\"; \"os\")\ntype V struct{ N int `json:\"n\"` }\nfunc (v V) M() int { return v.N }\n"+
		"type T struct{ S string; hidden int }\nfunc (t *T) M() {}")
	checkCells(t, s, []cellCase{
		{code: "m := map[string]any{\"v\": V{2}, \"t\": &T{\"x\", 1}, \"list\": []any{V{3}, \"s\"}, \"nested\": map[string]any{\"w\": V{4}}, \"nil\": []any(nil)}\n" +
			"b, err := json.Marshal(m)\nfmt.Println(string(b), err)",
			stdout: "{\"list\":[{\"n\":3},\"s\"],\"nested\":{\"w\":{\"n\":4}},\"nil\":null,\"t\":{\"S\":\"x\"},\"v\":{\"n\":2}} <nil>\n"},
		{code: "json.NewEncoder(os.Stdout).Encode([]any{V{6}, nil})\nvar none []any\nb, _ = json.Marshal(none)\nfmt.Println(string(b))", stdout: "[{\"n\":6},null]\nnull\n"},
	})
}

// TestFidProbeAAnySwap checks swaps of empty interfaces: two variables,
// the elements of an []any, and a generic swap instantiated with any.
func TestFidProbeAAnySwap(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"\nfunc Reverse[T any](s []T) { for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 { s[i], s[j] = s[j], s[i] } }\n"+
		"func rev(s []any) { for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 { s[i], s[j] = s[j], s[i] } }")
	checkCells(t, s, []cellCase{
		{code: "var i, j any = 1, \"x\"\ni, j = j, i\nfmt.Println(i, j)", stdout: "x 1\n"},
		{code: "xs := []any{1, \"two\", 3.0}\nrev(xs)\nys := []any{1, \"two\", 3.0}\nReverse(ys)\nfmt.Println(xs, ys)", stdout: "[3 two 1] [3 two 1]\n"},
		{code: "func() { var a, b any = 1, 2; var n float64; a, b, n = b, a, 3; fmt.Println(a, b, n) }()", stdout: "2 1 3\n"},
	})
}
