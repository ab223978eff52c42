package interp

import "testing"

// A slice, array or map of a cell's interface with methods, and a struct
// with a field of one, print the values they hold, as Go prints them, also
// when no type has a String method (yaegi handed fmt its own pair of node
// and value, printed as pointers).
func TestFidProbeEContainersOfCellInterfaces(t *testing.T) {
	const decls = `type Shape interface{ Area() float64 }
type Circle struct{ R float64 }
func (c Circle) Area() float64 { return 3 * c.R }
type Sq struct{ s float64 }
func (q *Sq) Area() float64 { return q.s * q.s }
type holder struct{ S Shape }
type hidden struct{ s Shape; n int }
`
	runSilentCases(t, []silentCase{
		{"slice", decls + `shapes := []Shape{Circle{1}, &Sq{2}}
fmt.Println(shapes[:1], len(shapes))
var grown []Shape
for i := 1; i <= 3; i++ { grown = append(grown, Circle{float64(i)}) }
fmt.Println(grown)
fmt.Print(grown, "\n")
fmt.Println(fmt.Sprint(grown) == "[{1} {2} {3}]")`, "[{1}] 2\n[{1} {2} {3}]\n[{1} {2} {3}]\ntrue\n"},
		{"printf verbs", decls + `shapes := []Shape{Circle{1}, Circle{2}}
fmt.Printf("%v|%+v|%d\n", shapes, shapes, shapes)`, "[{1} {2}]|[{R:1} {R:2}]|[{%!d(float64=1)} {%!d(float64=2)}]\n"},
		{"array with nil, map", decls + `arr := [2]Shape{Circle{1}, nil}
m := map[string]Shape{"b": Circle{2}, "a": Circle{1}}
fmt.Println(arr, m)`, "[{1} <nil>] map[a:{1} b:{2}]\n"},
		{"struct fields", decls + `fmt.Println(holder{Circle{4}}, hidden{Circle{5}, 1})
fmt.Printf("%+v %v\n", holder{Circle{4}}, []holder{{Circle{6}}})`, "{{4}} {{5} 1}\n{S:{R:4}} [{{6}}]\n"},
		{"named slice type with methods", decls + `type byArea []Shape
func (b byArea) Len() int { return len(b) }
fmt.Println(byArea{Circle{3}}, byArea{Circle{3}}.Len())`, "[{3}] 1\n"},
		{"interface literal", `type P struct{ X int }
func (p P) M() int { return p.X }
fmt.Println([]interface{ M() int }{P{1}, P{2}})`, "[{1} {2}]\n"},
	})
}

// A struct held in a cell's interface whose own fields are of interface
// types (a tree's nodes) prints the values its fields hold, alone, inside
// a slice and with %+v, as Go prints it.
func TestFidProbeENestedInterfaceFields(t *testing.T) {
	const decls = `type Tree interface{ Freq() int }
type Leaf struct{ freq int; value rune }
type Node struct{ freq int; left, right Tree }
func (l Leaf) Freq() int { return l.freq }
func (n Node) Freq() int { return n.freq }
`
	runSilentCases(t, []silentCase{
		{"tree", decls + `var t Tree = Node{3, Node{2, Leaf{1, 'a'}, Leaf{1, 'b'}}, Leaf{1, 'c'}}
fmt.Println(t)
fmt.Println([]Tree{t, Leaf{4, 'd'}})
n := t.(Node)
fmt.Printf("%v|%+v\n", n, n)`, "{3 {2 {1 97} {1 98}} {1 99}}\n[{3 {2 {1 97} {1 98}} {1 99}} {4 100}]\n" +
			"{3 {2 {1 97} {1 98}} {1 99}}|{freq:3 left:{freq:2 left:{freq:1 value:97} right:{freq:1 value:98}} right:{freq:1 value:99}}\n"},
		{"nil children", decls + `fmt.Println(Node{5, Node{4, Node{3, Leaf{1, 'a'}, nil}, nil}, nil})`, "{5 {4 {3 {1 97} <nil>} <nil>} <nil>}\n"},
	})
}

// A function returning a function type of a compiled package returns nil
// as a nil of that type (yaegi panicked "reflect: New(nil)"), in a
// declared function and in a function literal.
func TestFidProbeENilCompiledFuncType(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"handler or error", `import ("errors"; "net/http")
func mk(fail bool) (http.HandlerFunc, error) {
	if fail {
		return nil, errors.New("bad json")
	}
	return func(w http.ResponseWriter, r *http.Request) {}, nil
}
h, err := mk(true)
fmt.Println(h == nil, err)
h, err = mk(false)
fmt.Println(h == nil, err)`, "true bad json\nfalse <nil>\n"},
		{"function literal", `import "path/filepath"
pick := func(skip bool) filepath.WalkFunc {
	if skip { return nil }
	return func(string, os.FileInfo, error) error { return nil }
}
fmt.Println(pick(true) == nil, pick(false) == nil)`, "true false\n"},
	})
}

// encoding/xml names the root element of a cell's struct without an
// XMLName field after the type, as Go does (it refused yaegi's unnamed
// run-time struct type); an XMLName field or EncodeElement's name still
// wins.
func TestFidProbeEXMLRootName(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"marshal", `import "encoding/xml"
type loc struct {
	Value string ` + "`xml:\"loc\"`" + `
}
type urlset struct {
	Urls  []loc  ` + "`xml:\"url\"`" + `
	Xmlns string ` + "`xml:\"xmlns,attr\"`" + `
}
u := urlset{Urls: []loc{{"a"}}, Xmlns: "x"}
out, err := xml.Marshal(u)
fmt.Println(string(out), err)
out, _ = xml.MarshalIndent(&u, "", " ")
fmt.Println(string(out))`, "<urlset xmlns=\"x\"><url><loc>a</loc></url></urlset> <nil>\n<urlset xmlns=\"x\">\n <url>\n  <loc>a</loc>\n </url>\n</urlset>\n"},
		{"XMLName and EncodeElement", `import ("encoding/xml"; "os")
type Book struct {
	XMLName xml.Name ` + "`xml:\"book\"`" + `
	Title   string
}
type Note struct{ Text string }
out, _ := xml.Marshal(Book{Title: "Go"})
fmt.Println(string(out))
enc := xml.NewEncoder(os.Stdout)
enc.Encode(Note{"hi"})
enc.EncodeElement(Note{"yo"}, xml.StartElement{Name: xml.Name{Local: "memo"}})
enc.Flush()
fmt.Println()`, "<book><Title>Go</Title></book>\n<Note><Text>hi</Text></Note><memo><Text>yo</Text></memo>\n"},
	})
}

// A var declaration of a struct type literal whose field names are also
// variables of earlier cells (a main body split into cells: m :=, then
// var counter = struct{ sync.Mutex; m map[string]int }{m: ...}) declares
// the variable (yaegi took the field names for reads: "variable definition
// loop").
func TestFidProbeEVarStructFieldNamedAsGlobal(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"keyed literal", `import "sync"
m := map[string]int{"a": 1}
var counter = struct {
	sync.RWMutex
	m map[string]int
}{m: make(map[string]int)}
counter.Lock()
counter.m["k"]++
counter.Unlock()
fmt.Println(counter.m, m)`, "map[k:1] map[a:1]\n"},
		{"type only, slice of structs", `name := "x"
var p struct{ name string; age int }
p.name = "bob"
fmt.Printf("%v %+v %T\n", p, p, p)
var q = []struct{ name string }{{name: "a"}, {name: name}}
fmt.Println(q, len(q))`, "{bob 0} {name:bob age:0} struct { name string; age int }\n[{a} {x}] 2\n"},
	})
}

// Nested slices and maps of a cell's interface, a struct's slice or map
// field of one, and a pointer to such a struct print the values held, as
// Go prints them.
func TestFidProbeENestedContainersOfCellInterfaces(t *testing.T) {
	const decls = `type Shape interface{ Area() float64 }
type Circle struct{ R float64 }
func (c Circle) Area() float64 { return 3 * c.R }
type Named struct {
	Name   string
	Shapes []Shape
}
type Reg struct {
	byName map[string]Shape
	list   []Shape
}
`
	runSilentCases(t, []silentCase{
		{"nested", decls + `fmt.Println([][]Shape{{Circle{1}}, {Circle{2}, Circle{3}}}, map[string][]Shape{"a": {Circle{1}}})`,
			"[[{1}] [{2} {3}]] map[a:[{1}]]\n"},
		{"fields and pointer", decls + `n := Named{"set", []Shape{Circle{1}, Circle{2}}}
fmt.Println(n, &n)
fmt.Printf("%+v\n", n)
fmt.Printf("%v\n", Reg{byName: map[string]Shape{"c": Circle{5}}, list: []Shape{Circle{6}}})
var none *Named
fmt.Println(none)`, "{set [{1} {2}]} &{set [{1} {2}]}\n{Name:set Shapes:[{R:1} {R:2}]}\n{map[c:{5}] [{6}]}\n<nil>\n"},
	})
}

// A value of a cell's type sent on a channel of a cell's interface arrives
// (yaegi's select, which every send becomes for the interrupt, refused
// it: "not assignable to type interp.valueInterface").
func TestFidProbeESendOnInterfaceChannel(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"send", `type Shape interface{ Area() float64 }
type Circle struct{ R float64 }
func (c Circle) Area() float64 { return 3 * c.R }
func produce(out chan<- Shape, n int) {
	for i := 1; i <= n; i++ {
		out <- Circle{float64(i)}
	}
	close(out)
}
ch := make(chan Shape, 1)
ch <- Circle{9}
fmt.Println((<-ch).Area())
c2 := make(chan Shape)
go produce(c2, 3)
for s := range c2 {
	fmt.Println(s.Area(), s)
}`, "27\n3 {1}\n6 {2}\n9 {3}\n"},
	})
}

// A struct that gets an interface's method from an embedded field of that
// interface prints as Go prints it (gopad's printer asserted to it, which
// yaegi refused as impossible).
func TestFidProbeEEmbeddedInterfaceField(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"service", `type Logger interface{ Log(string) }
type stdLogger struct{ prefix string }
func (l stdLogger) Log(s string) { fmt.Println(l.prefix + s) }
type Service struct {
	Logger
	Name string
}
svc := Service{stdLogger{"[svc] "}, "api"}
svc.Log("started")
fmt.Println(svc)
fmt.Printf("%+v\n", svc)`, "[svc] started\n{{[svc] } api}\n{Logger:{prefix:[svc] } Name:api}\n"},
	})
}

// %T of a recovered run-time error names Go's runtime type
// (runtime.boundsError, *runtime.TypeAssertionError, runtime.errorString),
// not gopad's stand-in's package.
func TestFidProbeERecoveredRuntimeErrorTypes(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"types", `import "runtime"
type Animal interface{ Name() string }
func try(f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%T %t: %v\n", r, isRuntime, r)
	}()
	f()
}
try(func() { s := []int{1, 2, 3}; i := 5; _ = s[i] })
try(func() { var x any = "s"; _ = x.(int) })
try(func() { var x any = 3; _ = x.(Animal) })
try(func() { var p *struct{ N int }; _ = p.N })`,
			"runtime.boundsError true: runtime error: index out of range [5] with length 3\n" +
				"*runtime.TypeAssertionError true: interface conversion: interface {} is string, not int\n" +
				"*runtime.TypeAssertionError true: interface conversion: int is not main.Animal: missing method Name\n" +
				"runtime.errorString true: runtime error: invalid memory address or nil pointer dereference\n"},
	})
}

// encoding/json's error for a field promoted from an embedded struct names
// the embedding struct, as Go does (User.Base.id, not .Base.id).
func TestFidProbeEJSONEmbeddedFieldError(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"embedded", `import "encoding/json"
type Base struct{ ID int ` + "`json:\"id\"`" + ` }
type User struct{ Base; Name string }
type B struct{ X int ` + "`json:\"x\"`" + ` }
type A struct{ B B ` + "`json:\"b\"`" + ` }
var u User
fmt.Println(json.Unmarshal([]byte(` + "`{\"id\":\"s\"}`" + `), &u))
var a A
fmt.Println(json.Unmarshal([]byte(` + "`{\"b\":{\"x\":\"s\"}}`" + `), &a))`,
			"json: cannot unmarshal string into Go struct field User.Base.id of type int\n" +
				"json: cannot unmarshal string into Go struct field B.b.x of type int\n"},
	})
}

// A value of a cell's interface handed to a compiled interface (a
// variable, a compiled function's parameter) calls the methods of the
// value it holds: a counting reader counts what io.ReadAll read (yaegi's
// wrapper counted on a copy, or was refused by reflect).
func TestFidProbeECellInterfaceToCompiled(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"read counter", `import ("io"; "strings")
type ReadCounter interface {
	io.Reader
	ReadCount() int
}
type rc struct{ r io.Reader; n int }
func (c *rc) Read(p []byte) (int, error) { n, err := c.r.Read(p); c.n += n; return n, err }
func (c *rc) ReadCount() int { return c.n }
func New(r io.Reader) ReadCounter { return &rc{r: r} }
x := New(strings.NewReader("hello"))
b, err := io.ReadAll(x)
fmt.Println(string(b), err, x.ReadCount())
y := New(strings.NewReader("abc"))
var r io.Reader = y
b, _ = io.ReadAll(r)
fmt.Println(string(b), y.ReadCount())`, "hello <nil> 5\nabc 3\n"},
	})
}

// A cell's value held in a cell's interface, asserted to a compiled
// interface (fmt.Stringer) in a loop, calls its method (yaegi's wrapper,
// returned from gopad's nil guard, panicked: "call of reflect.Value.Type on
// zero Value").
func TestFidProbeECellInterfaceAssertedToCompiled(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"stringer", `type Animal interface{ Sound() string }
type Dog struct{ name string }
func (d *Dog) Sound() string { return "woof" }
func (d *Dog) String() string { return "Dog(" + d.name + ")" }
type Cat struct{}
func (Cat) Sound() string { return "meow" }
animals := []Animal{&Dog{"rex"}, Cat{}}
for _, a := range animals {
	if st, ok := a.(fmt.Stringer); ok {
		fmt.Println("stringer:", st.String())
		continue
	}
	fmt.Println(a.Sound())
}
var a Animal = &Dog{"x"}
fmt.Println(a.(fmt.Stringer).String())`, "stringer: Dog(rex)\nmeow\nDog(x)\n"},
	})
}

// fmt.Errorf's %w of a value of a cell's interface that embeds error
// wraps the error it holds, so that errors.As finds it.
func TestFidProbeEErrorfWrapsCellInterface(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"coded error", `import "errors"
type CodedError interface {
	error
	Code() int
}
type HTTPError struct {
	Status int
	Msg    string
}
func (e *HTTPError) Error() string { return fmt.Sprintf("%d %s", e.Status, e.Msg) }
func (e *HTTPError) Code() int     { return e.Status }
var ce CodedError = &HTTPError{418, "teapot"}
wrapped := fmt.Errorf("outer: %w", ce)
var he *HTTPError
fmt.Println(wrapped, errors.As(wrapped, &he), he != nil && he.Status == 418)`, "outer: 418 teapot true true\n"},
	})
}

// An operation assigned to a compiled struct's field of interface type
// (a container/ring's or list.Element's Value) is stored, and the function
// goes on (yaegi stored nothing and left the function silently).
func TestFidProbeEOperationIntoCompiledField(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"ring", `import ("container/list"; "container/ring")
r := ring.New(4)
for i := 1; i <= 4; i++ {
	r.Value = i * i
	r = r.Next()
}
sum := 0
r.Do(func(x any) { sum += x.(int) })
fmt.Println(sum)
func neg(x int) any {
	e := &list.Element{}
	e.Value = -x
	return e.Value
}
fmt.Println(neg(3), "after")`, "30\n-3 after\n"},
	})
}
