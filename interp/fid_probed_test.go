package interp

import "testing"

// Package-level variables of one cell initialize in Go's order: each in
// declaration order once the variables it needs (also through the
// functions it calls) are initialized; blank variables too.
func TestFidProbeDInitOrder(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"registrations through blank variables", `var names []string
func register(n string) bool { names = append(names, n); return true }
var _ = register("double")
var _ = register("square")
var _ = register("cube")
fmt.Println(names)`, "[double square cube]\n"},
		{"a value read through a function", `var a = f()
var b = 2
func f() int { return b * 10 }
fmt.Println(a, b)`, "20 2\n"},
		{"dependencies first, then declaration order", `var (
	total = sum(weights)
	weights = load()
	banner = "== " + title + " =="
	title = name
	name = "inv"
)
var _ = note("registered")
func note(s string) int { fmt.Println(s); return 0 }
func load() []int { fmt.Println("load"); return []int{3, 5} }
func sum(xs []int) int { fmt.Println("sum"); return xs[0] + xs[1] }
fmt.Println(total, banner)`, "load\nsum\nregistered\n8 == inv ==\n"},
		{"typed initializers", `var n int = count()
var f float64 = 1
var p *int = nil
var x = three()
func three() int { fmt.Println("three"); return 3 }
func count() int { fmt.Println("count"); return x + 1 }
fmt.Println(x, n, f, p == nil)`, "three\ncount\n3 4 1 true\n"},
	})
}

// A struct printed whole shows its exported fields through their String
// methods also when the struct type is a literal (struct{ ... }), as a
// field's type or a value of its own.
func TestFidProbeDAnonymousStructFields(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"struct literal value", `type Direction int
func (d Direction) String() string { return [...]string{"idle", "up"}[d] }
fmt.Printf("final %+v\n", struct {
	Floor int
	Dir   Direction
}{9, 1})
fmt.Println(struct{ D Direction }{1}, struct{ d Direction }{1})`, "final {Floor:9 Dir:up}\n{up} {1}\n"},
		{"literal field of a named struct", `type Level int
func (l Level) String() string { return "L" + fmt.Sprint(int(l)) }
type Row struct {
	Name string
	Meta struct{ Lvl Level; n int }
}
r := Row{Name: "a"}
r.Meta.Lvl, r.Meta.n = 3, 4
fmt.Printf("%v %+v\n", r, r)
fmt.Println([]struct{ L Level }{{1}, {2}})`, "{a {L3 4}} {Name:a Meta:{Lvl:L3 n:4}}\n[{L1} {L2}]\n"},
	})
}

// A value held in an interface the cells declared prints through its
// String or Error method also when the interface itself lists String or
// Error (as an expression tree's node interface does), and in an interface
// literal; Error wins over String as in fmt.
func TestFidProbeDCellInterfaceStringers(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"expression nodes", `type Expr interface{ String() string }
type Num float64
func (n Num) String() string { return fmt.Sprint(float64(n)) }
type BinOp struct { Op byte; L, R Expr }
func (b BinOp) String() string { return fmt.Sprintf("(%v %c %v)", b.L, b.Op, b.R) }
var e Expr = BinOp{'+', Num(1), BinOp{'*', Num(2), Num(3)}}
fmt.Printf("%-16v|%s\n", e, e)
fmt.Println(e)
var none Expr
fmt.Println(none)`, "(1 + (2 * 3))   |(1 + (2 * 3))\n(1 + (2 * 3))\n<nil>\n"},
		{"error and literal interfaces", `type P struct{ A int }
func (p P) String() string { return "P!" }
func (p P) Error() string { return "Perr" }
func (p P) Code() int { return 7 }
type CodedErr interface { error; Code() int }
var lit interface{ String() string } = P{1}
var ce CodedErr = P{2}
fmt.Println(lit, ce)
fmt.Printf("%v %s\n", lit, ce)`, "Perr Perr\nPerr Perr\n"},
		{"a function's parameter", `type Named interface{ String() string }
type City struct{ Name string }
func (c *City) String() string { return "city " + c.Name }
func show(n Named) { fmt.Println(n) }
show(&City{"Oslo"})`, "city Oslo\n"},
	})
}

// The compile-time interface check var _ I = (*T)(nil) runs (Go never
// reads the blank variable, so the typed nil is never seen); a blank
// variable whose value has effects still runs it.
func TestFidProbeDBlankInterfaceChecks(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"nil pointer and values", `import ("io"; "strings")
type nopWriter struct{ n int }
func (w *nopWriter) Write(p []byte) (int, error) { w.n += len(p); return len(p), nil }
type Shape interface{ Area() float64 }
type Square struct{ Side float64 }
func (s Square) Area() float64 { return s.Side * s.Side }
var _ io.Writer = (*nopWriter)(nil)
var (
	_ Shape        = Square{}
	_ Shape        = &Square{Side: 2}
	_ fmt.Stringer = (*strings.Builder)(nil)
)
w := &nopWriter{}
fmt.Fprintf(w, "%s %d", "hello", 12345)
fmt.Println("bytes written:", w.n)`, "bytes written: 11\n"},
		{"effects stay", `import "io"
type nopWriter struct{}
func (w *nopWriter) Write(p []byte) (int, error) { return len(p), nil }
func newWriter() *nopWriter { fmt.Println("made"); return &nopWriter{} }
var _ io.Writer = newWriter()
fmt.Println("done")`, "made\ndone\n"},
	})
}

// A String method compiled in one cell prints, through an interface that
// lists String, values of types a later cell declares.
func TestFidProbeDStringerOfLaterTypes(t *testing.T) {
	s := newSession(t)
	cells := []string{
		`type Expr interface{ String() string }`,
		`type BinOp struct { Op byte; L, R Expr }`,
		`func (b BinOp) String() string { return fmt.Sprintf("(%v %c %v)", b.L, b.Op, b.R) }`,
		`type Neg struct{ X Expr }`,
		`func (n Neg) String() string { return fmt.Sprint("-", n.X) }`,
		`type Var string`,
		`func (v Var) String() string { return string(v) }`,
	}
	for _, c := range cells {
		if res, rec := run(t, s, c); res.Err != nil {
			t.Fatalf("cell %q: %s: %s (%q)", c, res.Err.Name, res.Err.Value, rec.out())
		}
	}
	res, rec := run(t, s, `fmt.Println(BinOp{'+', Neg{Var("x")}, Var("y")})`)
	if res.Err != nil {
		t.Fatalf("%s: %s", res.Err.Name, res.Err.Value)
	}
	if got, want := rec.out(), "(-x + y)\n"; got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
}

// Methods a struct promotes from an embedded interface field can be
// called, taken as method values and method expressions, and make the
// struct satisfy the interface.
func TestFidProbeDEmbeddedInterfaceMethods(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"decorator", `import "strings"
type Logger interface{ Log(string) }
type prefixLogger struct {
	prefix string
	out    *strings.Builder
}
func (p prefixLogger) Log(s string) { p.out.WriteString(p.prefix + s + "\n") }
type Service struct {
	Logger
	name string
}
var sb strings.Builder
s := Service{prefixLogger{"[svc] ", &sb}, "billing"}
s.Log("starting " + s.name)
s.Logger.Log("ready")
var l Logger = s
l.Log("as a Logger")
fmt.Print(sb.String())`, "[svc] starting billing\n[svc] ready\n[svc] as a Logger\n"},
		{"nested, method values and expressions", `type Logger interface{ Log(string) }
type pl struct{ prefix string }
func (p pl) Log(s string) { fmt.Println(p.prefix + s) }
type Service struct{ Logger }
type Outer struct { *Service; extra int }
func run(o Outer) { o.Log("nested") }
o := Outer{&Service{pl{"[o] "}}, 1}
run(o)
g := o.Log
g("method value")
h := Service.Log
h(*o.Service, "method expression")`, "[o] nested\n[o] method value\n[o] method expression\n"},
	})
}

// go x.m(...) takes its receiver at the go statement, as Go evaluates it:
// goroutines a loop starts on its elements run on each element.
func TestFidProbeDGoMethodReceivers(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"pointers in a loop", `import "sync"
type Phil struct{ id, meals int }
func (p *Phil) dine(wg *sync.WaitGroup, mu *sync.Mutex, log *[]int) {
	defer wg.Done()
	p.meals++
	mu.Lock()
	*log = append(*log, p.id)
	mu.Unlock()
}
phils := []*Phil{{id: 0}, {id: 1}, {id: 2}}
var wg sync.WaitGroup
var mu sync.Mutex
var log []int
for _, p := range phils {
	wg.Add(1)
	go p.dine(&wg, &mu, &log)
}
wg.Wait()
fmt.Println(phils[0].meals, phils[1].meals, phils[2].meals, len(log))`, "1 1 1 3\n"},
		{"values, addresses and interfaces", `import "sync"
type Box struct{ n int }
func (b Box) show(ch chan<- int) { ch <- b.n }
func (b *Box) bump(wg *sync.WaitGroup) { defer wg.Done(); b.n += 100 }
type Shower interface{ show(chan<- int) }
boxes := []Box{{1}, {2}, {3}}
ch := make(chan int, 10)
var wg sync.WaitGroup
for i := range boxes {
	wg.Add(1)
	go boxes[i].bump(&wg)
}
wg.Wait()
for _, b := range boxes {
	go b.show(ch)
}
var s Shower = Box{7}
go s.show(ch)
sum := 0
for i := 0; i < 4; i++ { sum += <-ch }
fmt.Println(boxes, sum)`, "[{101} {102} {103}] 313\n"},
	})
}

// Constants of a defined type given by constant expressions (iota + 1
// enums, shifts, other constants) compare equal to the values of their
// type, in ==, switches and maps.
func TestFidProbeDTypedConstantExpressions(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"iota + 1 enum", `type EntryKind int
const (
	Deposit EntryKind = iota + 1
	Withdrawal
	Fee
)
type Entry struct{ Kind EntryKind; Amount int }
func debit(e Entry) bool { return e.Kind == Withdrawal || e.Kind == Fee }
var k EntryKind = 2
fmt.Println(debit(Entry{Withdrawal, 1}), debit(Entry{Deposit, 1}), k == Withdrawal, k != Fee)`, "true false true true\n"},
		{"shifts, strings, names and local constants", `type Perm uint8
const (
	Read Perm = 1 << iota
	Write
	Exec
)
type Unit string
const Meter Unit = "m" + "eter"
const Default = Meter
type K int
const a K = 4 / 2
const b K = a
func local(x K) bool {
	const four K = 2 + 2
	return x == four
}
var p Perm = 2
var u Unit = "meter"
fmt.Println(p == Write, Read|Exec == 5, u == Meter, u == Default, K(2) == b, local(4))`, "true true true true true true\n"},
	})
}

// %+v names embedded fields of unexported types by their type's name, as
// Go does (yaegi renames unexported fields with an X in front).
func TestFidProbeDPlusVEmbeddedFields(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"embedded basic and unexported types", `type result struct {
	string
	bool
}
type node struct{ v int }
type wrap struct {
	*node
	Name string
}
r := result{"x", true}
fmt.Printf("%v %+v\n", r, r)
w := wrap{&node{1}, "n"}
fmt.Printf("%+v %+v\n", *w.node, struct{ int; Z string }{3, "z"})`, "{x true} {string:x bool:true}\n{v:1} {int:3 Z:z}\n"},
	})
}

// A slice appended to a slice of an interface type is one element, as in
// Go; and fmt shows nested slices and maps of Stringers through String.
func TestFidProbeDAppendSliceToAnySlice(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"append a []any to a []any", `var rows []any
rows = append(rows, []any{1, 2})
inner := []any{3, 4}
rows = append(rows, inner)
type Row []any
rows = append(rows, Row{5})
fmt.Println(len(rows), rows)`, "3 [[1 2] [3 4] [5]]\n"},
		{"values of cell types appended in a loop", `import "errors"
type FieldError struct{ Line int; Key string }
func (e *FieldError) Error() string { return fmt.Sprint(e.Line, ":", e.Key) }
type Pair struct{ I, J int }
func (p Pair) String() string { return fmt.Sprintf("(%d,%d)", p.I, p.J) }
var errs []error
var found []fmt.Stringer
var all []any
for i, k := range []string{"a", "b", "c"} {
	errs = append(errs, &FieldError{Line: i, Key: k})
	p := Pair{i, i + 1}
	found = append(found, p)
	all = append(all, p, new(FieldError))
}
var fe *FieldError
fmt.Println(errs, found, all[0], all[4], errors.As(errs[1], &fe), fe.Key)`, "[0:a 1:b 2:c] [(0,1) (1,2) (2,3)] (0,1) (2,3) true b\n"},
		{"nested containers of stringers", `type Suit int
func (s Suit) String() string { return [...]string{"S", "H"}[s] }
type Card struct{ Rank int; Suit Suit }
func (c Card) String() string { return fmt.Sprint(c.Rank) + c.Suit.String() }
m := map[Suit][]Card{0: {{2, 0}}, 1: {{8, 1}, {3, 1}}}
fmt.Println(m)
fmt.Println([][]Card{{{1, 0}}, {{2, 1}, {3, 1}}}, map[string]map[string]Card{"a": {"b": {4, 1}}})`, "map[S:[2S] H:[8H 3H]]\n[[1S] [2H 3H]] map[a:map[b:4H]]\n"},
	})
}

// min and max work on values of a compiled package's named type.
func TestFidProbeDMinMaxCompiledNamedTypes(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"durations and months", `import "time"
type Worker struct{ FreeAt time.Duration }
ws := []*Worker{{3 * time.Second}, {time.Second}}
start := time.Duration(0)
for _, w := range ws { start = max(start, w.FreeAt) }
fmt.Println(start, min(ws[0].FreeAt, ws[1].FreeAt, 2*time.Second), max(time.March, time.January))`, "3s 1s March\n"},
	})
}

// The same, with the values in variables an earlier cell declared.
func TestFidProbeDAcrossCells(t *testing.T) {
	s := newSession(t)
	if res, rec := run(t, s, "import \"time\"\nvar a, b time.Duration = 1, 5\nvar rows []any"); res.Err != nil {
		t.Fatalf("%s: %s (%q)", res.Err.Name, res.Err.Value, rec.out())
	}
	res, rec := run(t, s, "fmt.Println(max(a, b), min(a, b))\nrows = append(rows, []any{1, 2})\nrows = append(rows, []any{3})\nfmt.Println(len(rows), rows)")
	if res.Err != nil {
		t.Fatalf("%s: %s (%q)", res.Err.Name, res.Err.Value, rec.out())
	}
	if got, want := rec.out(), "5ns 1ns\n2 [[1 2] [3]]\n"; got != want {
		t.Errorf("printed %q, want %q", got, want)
	}
	// Chunks whose only hint is a session variable's type.
	for _, c := range []string{"c := max(a, b)", "inner := rows[0]", "rows = append(rows, inner)", "println(len(rows), c)"} {
		if res, rec := run(t, s, c); res.Err != nil {
			t.Fatalf("%q: %s: %s (%q)", c, res.Err.Name, res.Err.Value, rec.out())
		}
	}
	res, rec = run(t, s, "fmt.Println(c, len(rows))")
	if got, want := rec.out(), "5ns 3\n"; res.Err != nil || got != want {
		t.Errorf("printed %q (%v), want %q", got, res.Err, want)
	}
}

// A struct printed through its fields' String methods shows a field of a
// struct type that has other methods by its fields.
func TestFidProbeDStructFieldWithMethods(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"position with a method", `type Dir int
func (d Dir) String() string { return "NESW"[d : d+1] }
type Pos struct{ X, Y int }
func (p Pos) Step() Pos { return Pos{p.X, p.Y - 1} }
type Robot struct {
	Name   string
	At     Pos
	Facing Dir
	home   Pos
}
r := Robot{"Ada", Pos{1, 2}, 3, Pos{0, 0}}
fmt.Printf("%+v\n", r)
fmt.Println(r)`, "{Name:Ada At:{X:1 Y:2} Facing:W home:{X:0 Y:0}}\n{Ada {1 2} W {0 0}}\n"},
	})
}
