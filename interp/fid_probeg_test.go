package interp

import "testing"

// A state kept in an interface prints with its own String method when the
// states are struct types without fields (the state pattern): yaegi's
// assertion takes one for another, its type switch does not.
func TestFidProbeGEmptyStructStringers(t *testing.T) {
	decls := `type State interface{ fmt.Stringer; Next() State }
type idle struct{}
type busy struct{}
func (idle) String() string { return "Idle" }
func (busy) String() string { return "Busy" }
func (idle) Next() State { return busy{} }
func (busy) Next() State { return idle{} }
`
	runSilentCases(t, []silentCase{
		{"non-empty interface", decls + `var s State = idle{}
fmt.Printf("%v %s [%-6s]\n", s, s, s)
fmt.Println(s, s.Next(), s.Next().Next())`, "Idle Idle [Idle  ]\nIdle Busy Idle\n"},
		{"empty interface and slices", decls + `var a any = idle{}
fmt.Println(a)
xs := []State{busy{}, idle{}}
fmt.Println(xs, xs[1])
fmt.Printf("%v|%v\n", xs[0], any(xs[1]))`, "Idle\n[Busy Idle] Idle\nBusy|Idle\n"},
		{"pointer receivers", `type On struct{}
type Off struct{}
func (*On) String() string { return "on" }
func (*Off) String() string { return "off" }
var s fmt.Stringer = &Off{}
fmt.Println(s)
s = &On{}
fmt.Printf("%v %s\n", s, s)`, "off\non on\n"},
	})
}

// fmt calls no String method of an unexported field: a struct with an
// unexported time.Duration prints the field's nanoseconds, an exported
// one its String, as go run prints them.
func TestFidProbeGUnexportedCompiledFields(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"duration fields", `type Server struct {
	host    string
	timeout time.Duration
	Retry   time.Duration
	mode    os.FileMode
}
s := Server{"api", 5 * time.Second, time.Millisecond, 0o644}
fmt.Printf("%v\n%+v\n", s, s)
fmt.Println(&s, []Server{s})`, "{api 5000000000 1ms 420}\n{host:api timeout:5000000000 Retry:1ms mode:420}\n&{api 5000000000 1ms 420} [{api 5000000000 1ms 420}]\n"},
	})
}

// A loop body that writes its loop variable keeps Go 1.22's
// per-iteration variables: closures see their own iteration's value, the
// next iteration of a three-clause loop starts from the body's value (also
// after continue), and a range over an integer does not.
func TestFidProbeGLoopVarWrittenInBody(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"three-clause loop with continue", `var fs []func() int
for i := 0; i < 6; i++ {
	if i%2 == 0 {
		i++
		fs = append(fs, func() int { return i })
		continue
	}
	fs = append(fs, func() int { return i * 10 })
	i += 0
}
for _, f := range fs { fmt.Print(f(), " ") }
fmt.Println(len(fs))`, "1 3 5 3\n"},
		{"range over an integer", `for i := range 4 { i += 10; fmt.Print(i, " ") }
n := 3
var gs []func() int
for i := range n { i *= 2; gs = append(gs, func() int { return i }) }
for _, g := range gs { fmt.Print(g(), " ") }
fmt.Println()`, "10 11 12 13 0 2 4 \n"},
		{"range over a slice", `var hs []func() string
for _, w := range []string{"a", "b"} { w += "!"; hs = append(hs, func() string { return w }) }
fmt.Println(hs[0](), hs[1]())`, "a! b!\n"},
	})
}

// A function whose named results start with an empty interface runs (the
// memo cache of "The Go Programming Language", ch. 9).
func TestFidProbeGNamedInterfaceResults(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"any and error", `type result struct{ value interface{}; err error }
func get(k string) (interface{}, error) { return len(k), nil }
func Get(key string) (value interface{}, err error) {
	r := &result{}
	r.value, r.err = get(key)
	return r.value, r.err
}
func Both() (v any, n int, err error) { return "x", 2, nil }
fmt.Println(Get("abc"))
fmt.Println(Both())`, "3 <nil>\nx 2 <nil>\n"},
	})
}

// A unary operation or a comparison returned as, or assigned to, an
// interface keeps its value (the visitor evaluator's
// return -n.X.Accept(e).(float64)).
func TestFidProbeGOperationsIntoInterfaces(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"returns", `func neg(x any) any { return -x.(float64) }
func not(b bool) (any, error) { return !b, nil }
func less(a, b int) any { return a < b }
func flip(n uint8) fmt.Stringer { return nil }
type T int
func (t T) String() string { return fmt.Sprint("T", int(t)) }
func opp(t T) fmt.Stringer { return -t }
fmt.Println(neg(2.5), less(1, 2), opp(3))
fmt.Println(not(true))`, "-2.5 true T-3\nfalse <nil>\n"},
		{"assignments", `y := 2
var z any
z = -y
fmt.Println(z)
type S struct{ V any }
s := S{}
s.V = ^y
m := map[string]any{}
m["a"] = y >= 2
p := &z
*p = !true
fmt.Println(s.V, m, z)`, "-2\n-3 map[a:true] false\n"},
	})
}

// An assignment of several values with nil among them runs: yaegi failed
// on the untyped nil (reflect: New(nil)).
func TestFidProbeGTupleAssignNil(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"error and pointers", `type Node struct{ V int; Next *Node }
var v any
var err error
v, err = 3, nil
fmt.Println(v, err)
head := &Node{1, &Node{2, nil}}
var prev *Node
cur := head
for cur != nil {
	next := cur.Next
	cur.Next, prev, cur = prev, cur, next
}
fmt.Println(prev.V, prev.Next.V)
var a, b *Node
a, b = nil, head
fmt.Println(a == nil, b.V)`, "3 <nil>\n2 1\ntrue 1\n"},
	})
}

// A function literal deferred in a loop captures its own iteration's
// variables: deferred calls print c2 c1 c0, not c2 c2 c2.
func TestFidProbeGDeferredLiteralsInLoops(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"closures and arguments", `func deferLoop() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print("c", i, " ") }()
	}
	for _, s := range []string{"x", "y"} {
		defer func(n int) { fmt.Print(s, n, " ") }(len(s) * 10)
	}
}
deferLoop()
fmt.Println()`, "y10 x10 c2 c1 c0 \n"},
		{"recover in a loop", `func work(items []int) (n int, err error) {
	for _, it := range items {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("item %d: %v", it, r)
			}
		}()
		if it < 0 { panic("negative") }
		n += it
	}
	return n, nil
}
fmt.Println(work([]int{1, -2, 3}))`, "1 item -2: negative\n"},
	})
}

// A deferred call of a nil func variable panics when the call runs, with
// Go's run-time error, which the caller's recover sees.
func TestFidProbeGDeferredNilFunc(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"recovered in the same function", `func run(cleanup func(), boom bool) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("recovered: ", r)
		}
	}()
	defer cleanup()
	if boom { panic("body") }
	return "ok"
}
fmt.Println(run(func() { fmt.Print("cleanup ") }, false))
fmt.Println(run(func() { fmt.Print("cleanup ") }, true))
fmt.Println(run(func() { panic("in cleanup") }, false))
fmt.Println(run(nil, false))`, "cleanup ok\ncleanup recovered: body\nrecovered: in cleanup\nrecovered: runtime error: invalid memory address or nil pointer dereference\n"},
		{"recovered by the caller", `type H func(int)
func work() { var h H; defer h(1); fmt.Println("body runs") }
func() {
	defer func() { r := recover(); _, ok := r.(runtime.Error); fmt.Println(ok, r) }()
	work()
}()`, "body runs\ntrue runtime error: invalid memory address or nil pointer dereference\n"},
	})
}

// A function may call a function named display that a later cell declares
// (gopad's own display package does not take the name), and a function
// that prints %T names the types later cells declare (gopl's Display).
func TestFidProbeGSplitDisplayAndLaterTypes(t *testing.T) {
	runSplit(t, newSession(t), []splitStep{
		{code: "import (\n\t\"fmt\"\n\t\"reflect\"\n)"},
		{code: "func Display(name string, x any) {\n\tfmt.Printf(\"Display %s (%T):\\n\", name, x)\n\tdisplay(name, reflect.ValueOf(x))\n}", note: "display"},
		{code: "func display(path string, v reflect.Value) { fmt.Println(path, v.Kind()) }"},
		{code: "type Movie struct{ Title string }"},
		{code: "Display(\"m\", Movie{\"Dr.\"})\nDisplay(\"p\", &Movie{})", stdout: "Display m (main.Movie):\nm struct\nDisplay p (*main.Movie):\np ptr\n"},
	})
}

// A quotient of untyped integer constants is an integer division, also
// where the result is a float: var f float64 = 1 / 2 is 0.
func TestFidProbeGIntegerConstantQuotients(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"float destinations", `var f float64 = 1 / 2
var g float64
g = 7 / 2
var q float32 = 3 / 2
const fc float64 = 1 / 2
func r() float64 { return 5 % 3 }
fmt.Println(f, g, q, fc, r(), 7/2.0, 1.0/2)`, "0 3 1 0 2 3.5 0.5\n"},
	})
}

// Two const blocks that each skip a value with _ are both kept: the second
// does not replace the first, whose typed constants still print with
// their String method in later cells.
func TestFidProbeGBlankConstsInTwoCells(t *testing.T) {
	runSplit(t, newSession(t), []splitStep{
		{code: "import \"fmt\""},
		{code: "type Weekday int"},
		{code: "const (\n\tSunday Weekday = iota\n\t_\n\tTuesday\n)"},
		{code: "func (d Weekday) String() string { return [...]string{\"Sun\", \"Mon\", \"Tue\"}[d] }"},
		{code: "const (\n\t_  = iota\n\tKB = 1 << (10 * iota)\n)"},
		{code: "var f float64 = 1 / 2\nfmt.Println(Sunday, Tuesday, KB, f)", stdout: "Sun Tue 1024 0\n"},
	})
}
