package interp

import (
	"strings"
	"testing"
)

// The untyped constant left of a shift by a variable takes its type from
// the shift's context: unsigned masks and bit tests compute as in Go.
func TestFidProbeCShiftOperandType(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"loop bound", `n := 3
count := 0
for mask := uint(0); mask < 1<<n; mask++ { count++ }
fmt.Println(count)`, "8\n"},
		{"bit test on uint64", `var x uint64 = 5
for i := 0; i < 4; i++ { fmt.Print(x&(1<<i) != 0, " ") }
fmt.Println()`, "true false true false \n"},
		{"wrapping uint8 sum", `var m uint8 = 250
n := 3
fmt.Println(m + 1<<n)`, "2\n"},
		{"named unsigned type", `type Flags uint16
var f Flags
for _, k := range []int{1, 4, 15} { f |= 1 << k }
fmt.Println(f, f&(1<<4) != 0)`, "32786 true\n"},
		{"in a function", `func set(bits uint32, i int) uint32 { return bits | 1<<i }
fmt.Println(set(1, 31))`, "2147483649\n"},
	})
}

// reflect.Type answers for a cell's struct type what it answers in a
// compiled program: its name, its text, its package, its fields' names
// and tags as declared.
func TestFidProbeCReflectNames(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"name, string, package", `import "reflect"
type User struct{ ID int; Name string }
t := reflect.TypeOf(User{})
fmt.Println(t.Name(), t.String(), t.PkgPath(), t.Kind())
p := reflect.TypeOf(&User{})
fmt.Println(p.Name() == "", p.String(), p.Elem().Name())
fmt.Println(reflect.TypeOf([]User{}), reflect.TypeOf(map[string]*User{}))`,
			"User main.User main struct\ntrue *main.User User\n[]main.User map[string]*main.User\n"},
		{"other types unchanged", `import ("reflect"; "time")
type Box struct{ W int }
fmt.Println(reflect.TypeOf(3).Name(), reflect.TypeOf(time.Second).String(), reflect.TypeOf(time.Time{}).PkgPath())
fmt.Println(reflect.TypeOf(struct{ A int }{}).Name() == "", reflect.TypeOf(nil))`,
			"int time.Duration time\ntrue <nil>\n"},
		{"tags and unexported fields", "import \"reflect\"\n" +
			"type Row struct {\n\tID int `json:\"id\" db:\"row_id\"`\n\tsecret string\n}\n" +
			`t := reflect.TypeOf(Row{})
for i := 0; i < t.NumField(); i++ {
	f := t.Field(i)
	fmt.Printf("%s %s exported=%v tag=%q json=%q\n", f.Name, f.Type, f.IsExported(), f.Tag, f.Tag.Get("json"))
}
f, ok := t.FieldByName("secret")
fmt.Println(f.Name, ok, f.PkgPath)`,
			"ID int exported=true tag=\"json:\\\"id\\\" db:\\\"row_id\\\"\" json=\"id\"\nsecret string exported=false tag=\"\" json=\"\"\nsecret true main\n"},
		{"through reflect.Value", `import "reflect"
type Point struct{ X, Y int }
func describe(x any) string {
	v := reflect.ValueOf(x)
	return fmt.Sprintf("%s has %d fields, first %s", v.Type().Name(), v.NumField(), v.Type().Field(0).Name)
}
fmt.Println(describe(Point{1, 2}))`, "Point has 2 fields, first X\n"},
		{"embedded fields", "import \"reflect\"\n" +
			"type Base struct{ ID int `json:\"id\"` }\ntype Meta struct{ Note string }\n" +
			"type Post struct {\n\tBase\n\t*Meta\n\tTitle string\n}\n" +
			`t := reflect.TypeOf(Post{})
for i := 0; i < t.NumField(); i++ { fmt.Print(t.Field(i).Name, "=", t.Field(i).Anonymous, " ") }
f, ok := t.FieldByName("ID")
fmt.Println(f.Name, f.Index, f.Tag.Get("json"), ok)
p := Post{Base: Base{7}, Meta: &Meta{"n"}, Title: "x"}
fmt.Println(reflect.ValueOf(p).FieldByName("ID").Int(), reflect.ValueOf(p).FieldByName("Note"), reflect.ValueOf(p).FieldByName("Nope").IsValid())`,
			"Base=true Meta=true Title=false ID [0 0] id true\n7 n false\n"},
		{"unexported fields are not settable nor interfaceable", `import "reflect"
type Acct struct{ Owner string; balance int }
a := Acct{"ann", 10}
v := reflect.ValueOf(&a).Elem()
for i := 0; i < v.NumField(); i++ {
	f := v.Field(i)
	if !f.CanInterface() { fmt.Println(v.Type().Field(i).Name, "hidden", f.CanSet()); continue }
	fmt.Println(v.Type().Field(i).Name, f.Interface(), f.CanSet())
}
func() {
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = v.FieldByName("balance").Interface()
}()`, "Owner ann true\nbalance hidden false\nrecovered: reflect.Value.Interface: cannot return value obtained from unexported field or method\n"},
		{"visible fields and Value.String", `import "reflect"
type Row struct{ ID int; note string }
for _, f := range reflect.VisibleFields(reflect.TypeOf(Row{})) { fmt.Print(f.Name, " ", f.IsExported(), " ") }
fmt.Println(reflect.ValueOf(Row{}).String(), reflect.ValueOf("s").String())`, "ID true note false <main.Row Value> s\n"},
	})
}

// The same across cells: the type, the reflect.Type and its use each in a
// cell of their own.
func TestFidProbeCReflectNamesAcrossCells(t *testing.T) {
	s := newSession(t)
	cells := []string{"import (\"fmt\"; \"reflect\")", "type Book struct{ Title string `csv:\"title\"` }",
		"t := reflect.TypeOf(Book{})", `fmt.Println(t.Name(), t, t.Field(0).Tag)`}
	var out string
	for _, c := range cells {
		res, rec := run(t, s, c)
		if res.Err != nil {
			t.Fatalf("%q: %s: %s", c, res.Err.Name, res.Err.Value)
		}
		out = rec.out()
	}
	if want := "Book main.Book csv:\"title\"\n"; out != want {
		t.Errorf("printed %q, want %q", out, want)
	}
}

// reflect lists and calls the methods of a cell's types as in Go: the
// method sets of T and *T, sorted by name, callable by name.
func TestFidProbeCReflectMethods(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"method sets and calls by name", `import "reflect"
type Calc struct{ M float64 }
func (c *Calc) Add(a, b float64) float64 { c.M = a + b; return c.M }
func (c Calc) Recall() float64 { return c.M }
func (c Calc) Join(sep string, xs ...string) string { return fmt.Sprint(c.M, sep, xs) }
func (c *Calc) reset() { c.M = 0 }
c := &Calc{}
pt, vt := reflect.TypeOf(c), reflect.TypeOf(*c)
fmt.Println(pt.NumMethod(), vt.NumMethod(), reflect.ValueOf(c).NumMethod())
for i := 0; i < pt.NumMethod(); i++ { fmt.Print(pt.Method(i).Name, " ") }
fmt.Println()
out := reflect.ValueOf(c).MethodByName("Add").Call([]reflect.Value{reflect.ValueOf(2.0), reflect.ValueOf(3.5)})
fmt.Println(out[0].Float(), c.M)
fmt.Println(reflect.ValueOf(c).Method(2).Call(nil)[0])
j := reflect.ValueOf(*c).MethodByName("Join")
fmt.Println(j.Type(), j.Call([]reflect.Value{reflect.ValueOf("|"), reflect.ValueOf("a"), reflect.ValueOf("b")})[0])
m, ok := vt.MethodByName("Recall")
fmt.Println(m.Name, ok, m.Func.Call([]reflect.Value{reflect.ValueOf(*c)})[0])
_, ok = vt.MethodByName("Add")
fmt.Println(ok, reflect.ValueOf(c).MethodByName("reset").IsValid(), reflect.ValueOf(c).MethodByName("Nope").IsValid())`,
			"3 2 3\nAdd Join Recall \n5.5 5.5\n5.5\nfunc(string, ...string) string 5.5|[a b]\nRecall true 5.5\nfalse false false\n"},
		{"compiled types unchanged", `import ("reflect"; "strings"; "time")
type Box struct{ W int }
func (b Box) Area() int { return b.W * b.W }
var sb strings.Builder
m := reflect.ValueOf(&sb).MethodByName("WriteString")
m.Call([]reflect.Value{reflect.ValueOf("hi")})
fmt.Println(sb.String(), reflect.TypeOf(time.Second).NumMethod() > 3, reflect.TypeOf(Box{}).NumMethod())`,
			"hi true 1\n"},
	})
}

// A method declared in a later cell than its type is seen by reflect too.
func TestFidProbeCReflectMethodsAcrossCells(t *testing.T) {
	s := newSession(t)
	cells := []string{"import (\"fmt\"; \"reflect\")", "type Greeter struct{ Name string }",
		"func (g Greeter) Hello(to string) string { return g.Name + \" greets \" + to }",
		"g := Greeter{\"Ada\"}",
		`fmt.Println(reflect.ValueOf(g).MethodByName("Hello").Call([]reflect.Value{reflect.ValueOf("Bob")})[0])`}
	var out string
	for _, c := range cells {
		res, rec := run(t, s, c)
		if res.Err != nil {
			t.Fatalf("%q: %s: %s", c, res.Err.Name, res.Err.Value)
		}
		out = rec.out()
	}
	if want := "Ada greets Bob\n"; out != want {
		t.Errorf("printed %q, want %q", out, want)
	}
}

// Inside a function, reflect sees the dynamic type of an interface value
// whose type has methods, not the interpreter's wrapper of it.
func TestFidProbeCReflectDynamicType(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"TypeOf, ValueOf and DeepEqual of an any parameter", `import "reflect"
type Dog struct{ Name string }
func (d Dog) Sound() string { return "woof" }
func describe(x any) string {
	v := reflect.ValueOf(x)
	return fmt.Sprintf("%s %s %v", reflect.TypeOf(x), v.Kind(), v.Field(0))
}
func same(a, b any) bool { return reflect.DeepEqual(a, b) }
fmt.Println(describe(Dog{"rex"}))
for _, x := range []any{1, Dog{"fido"}, &Dog{"b"}} { fmt.Println(reflect.TypeOf(x)) }
fmt.Println(same(Dog{"a"}, Dog{"a"}), same(Dog{"a"}, Dog{"b"}))`,
			"main.Dog struct rex\nint\nmain.Dog\n*main.Dog\ntrue false\n"},
	})
}

// reflect.Type.Implements with an interface a cell declared answers from
// the method sets (reflect.TypeOf((*Animal)(nil)).Elem() is gopad's
// CellIface: yaegi gives the interface no run-time type).
func TestFidProbeCReflectCellInterfaceRefused(t *testing.T) {
	s := newSession(t)
	res, out := run(t, s, `import "reflect"
type Animal interface{ Sound() string }
type Dog struct{ Name string }
func (Dog) Sound() string { return "woof" }
it := reflect.TypeOf((*Animal)(nil)).Elem()
fmt.Println(reflect.TypeOf(Dog{}).Implements(it), reflect.TypeOf(1).Implements(it))`)
	if res.Err != nil || out.out() != "true false\n" {
		t.Fatalf("got %+v and %q, want true false", res.Err, out.out())
	}
	res, rec := run(t, s, `var e error = fmt.Errorf("x")
fmt.Println(reflect.TypeOf(e).Implements(reflect.TypeOf((*error)(nil)).Elem()))`)
	if res.Err != nil || rec.out() != "true\n" {
		t.Fatalf("compiled interface: %+v %q", res.Err, rec.out())
	}
}

// A cell's value that came back from compiled code in an any (a
// container/list element, a sync.Map value, reflect.New's) asserts to the
// cells' interfaces as in Go.
func TestFidProbeCAssertFromCompiledContainers(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"list, sync.Map, reflect.New", `import ("container/list"; "reflect"; "sync")
type Shape interface{ Area() float64 }
type Sq struct{ S float64 }
func (s Sq) Area() float64 { return s.S * s.S }
type Circ struct{ R float64 }
func (c *Circ) Area() float64 { return 3 * c.R * c.R }
type Label struct{ Text string }
l := list.New()
l.PushBack(Sq{2}); l.PushBack(&Circ{1}); l.PushBack(Label{"x"}); l.PushBack(Circ{2})
for e := l.Front(); e != nil; e = e.Next() {
	if s, ok := e.Value.(Shape); ok { fmt.Print(s.Area(), " ") } else { fmt.Print("no ") }
}
fmt.Println()
var m sync.Map
m.Store("a", Sq{3})
v, _ := m.Load("a")
fmt.Println(v.(Shape).Area())
p := reflect.New(reflect.TypeOf(Circ{})).Interface()
p.(*Circ).R = 2
fmt.Println(p.(Shape).Area())`, "4 3 no no \n9\n12\n"},
	})
}

// A struct type without fields cannot be told apart once compiled code
// hands it back: the assertion stops the cell rather than answer wrong.
func TestFidProbeCAssertFieldlessRefused(t *testing.T) {
	s := newSession(t)
	res, _ := run(t, s, `import "container/list"
type Runner interface{ Run() string }
type Upper struct{}
func (Upper) Run() string { return "up" }
l := list.New()
l.PushBack(Upper{})
r, ok := l.Front().Value.(Runner)
fmt.Println(r, ok)`)
	if res.Err == nil || !strings.Contains(res.Err.Value, "struct type without fields") || !strings.Contains(res.Err.Value, "give the type a field") {
		t.Fatalf("got %+v, want gopad's refusal with its workaround", res.Err)
	}
}

// An assignment of several values to empty-interface destinations runs:
// the swap of a []any's elements, a heap of any, two any variables.
func TestFidProbeCTupleAssignAny(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"swaps", `p := []any{1, "two", 3.0}
p[0], p[2] = p[2], p[0]
var a, b any = "x", 7
a, b = b, a
m := map[string]any{"k": 1, "v": "one"}
m["k"], m["v"] = m["v"], m["k"]
type Pair struct{ L, R any }
pr := Pair{1, 2}
pr.L, pr.R = pr.R, pr.L
fmt.Println(p, a, b, m["k"], m["v"], pr)`, "[3 two 1] 7 x one 1 {2 1}\n"},
		{"reverse in a function", `func reverse(xs []interface{}) {
	for i, j := 0, len(xs)-1; i < j; i, j = i+1, j-1 {
		xs[i], xs[j] = xs[j], xs[i]
	}
}
xs := []interface{}{"a", 2, true}
reverse(xs)
fmt.Println(xs)`, "[true 2 a]\n"},
		{"heap of any", `import "container/heap"
type PQ []any
func (p PQ) Len() int { return len(p) }
func (p PQ) Less(i, j int) bool { return p[i].(int) < p[j].(int) }
func (p PQ) Swap(i, j int) { p[i], p[j] = p[j], p[i] }
func (p *PQ) Push(x any) { *p = append(*p, x) }
func (p *PQ) Pop() any { old := *p; x := old[len(old)-1]; *p = old[:len(old)-1]; return x }
pq := &PQ{}
for _, n := range []int{5, 1, 4, 2} { heap.Push(pq, n) }
for pq.Len() > 0 { fmt.Print(heap.Pop(pq), " ") }
fmt.Println()`, "1 2 4 5 \n"},
	})
}

// A map element given one of a call's results is stored, as in Go.
func TestFidProbeCMapElementFromCall(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"parse into a map", `import "strconv"
func two() (int, int) { return 1, 2 }
m := map[string]int{}
var err error
for _, s := range []string{"7", "x"} {
	m[s], err = strconv.Atoi(s)
	fmt.Println(m[s], err != nil)
}
m["a"], m["b"] = two()
type Cfg struct{ Vals map[string]float64 }
c := Cfg{Vals: map[string]float64{}}
c.Vals["pi"], err = strconv.ParseFloat("3.14", 64)
fmt.Println(len(m), m["a"], m["b"], c.Vals["pi"], err)`, "7 false\n0 true\n4 1 2 3.14 <nil>\n"},
	})
	s := newSession(t)
	for _, c := range []string{"import (\"fmt\"; \"strconv\")", "m := map[string]int{}\nvar err error", `m["n"], err = strconv.Atoi("42")`} {
		if res, _ := run(t, s, c); res.Err != nil {
			t.Fatalf("%q: %s: %s", c, res.Err.Name, res.Err.Value)
		}
	}
	if res, rec := run(t, s, `fmt.Println(m, err)`); res.Err != nil || rec.out() != "map[n:42] <nil>\n" {
		t.Errorf("across cells: %+v %q", res.Err, rec.out())
	}
}

// A type switch over an any that came back from compiled code finds the
// cells' interface cases.
func TestFidProbeCSwitchFromCompiledContainers(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"list elements", `import "container/list"
type Shape interface{ Area() float64 }
type Named interface{ Name() string }
type Sq struct{ S float64 }
func (s Sq) Area() float64 { return s.S * s.S }
type Tag struct{ N string }
func (t *Tag) Name() string { return t.N }
l := list.New()
l.PushBack(Sq{3}); l.PushBack(&Tag{"t"}); l.PushBack(7)
for e := l.Front(); e != nil; e = e.Next() {
	switch v := e.Value.(type) {
	case Shape:
		fmt.Println("shape", v.Area())
	case Named:
		fmt.Println("named", v.Name())
	default:
		fmt.Println("other", v)
	}
}`, "shape 9\nnamed t\nother 7\n"},
	})
}

// A type declared again keeps the methods reflect sees, and a method
// declared later joins them.
func TestFidProbeCReflectMethodsAfterRedeclaration(t *testing.T) {
	s := newSession(t)
	cells := []struct{ code, want string }{
		{"import (\"fmt\"; \"reflect\")", ""},
		{"type T struct{ A int }", ""},
		{"func (t T) Hello() string { return fmt.Sprint(\"hi \", t) }", ""},
		{"type T struct{ A, B int }", ""},
		{`fmt.Println(reflect.ValueOf(T{1, 2}).MethodByName("Hello").Call(nil)[0], reflect.TypeOf(T{}).NumMethod())`, "hi {1 2} 1\n"},
		{"func (t T) Bye() string { return \"bye\" }", ""},
		{`fmt.Println(reflect.TypeOf(T{}).NumMethod(), reflect.TypeOf(T{}).Method(0).Name)`, "2 Bye\n"},
	}
	for _, c := range cells {
		res, rec := run(t, s, c.code)
		if res.Err != nil {
			t.Fatalf("%q: %s: %s", c.code, res.Err.Name, res.Err.Value)
		}
		if rec.out() != c.want {
			t.Errorf("%q printed %q, want %q", c.code, rec.out(), c.want)
		}
	}
}

// A template executed inside a function with data of an interface type
// sees the fields of a cell's type that has methods.
func TestFidProbeCTemplateDataInFunction(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"render helper", `import ("strings"; "text/template")
type Item struct{ Name string; Price int }
func (i Item) Label() string { return i.Name + "!" }
func render(tmpl string, data any) string {
	var sb strings.Builder
	if err := template.Must(template.New("t").Parse(tmpl)).Execute(&sb, data); err != nil { return "error: " + err.Error() }
	return sb.String()
}
fmt.Println(render("{{.Name}} costs {{.Price}}", Item{"pen", 3}))`, "pen costs 3\n"},
	})
}
