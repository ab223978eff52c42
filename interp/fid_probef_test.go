package interp

import "testing"

// A loop variable captured by a goroutine or a closure is a new variable
// in each iteration (Go 1.22) also when the closure runs a range over an
// integer of its own.
func TestFidProbeFNestedRangeIntCapture(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"producers in goroutines", `var wg sync.WaitGroup
var mu sync.Mutex
var got []int
for p := range 2 {
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := range 2 {
			mu.Lock()
			got = append(got, p*100+i)
			mu.Unlock()
		}
	}()
}
wg.Wait()
sort.Ints(got)
fmt.Println(got)`, "[0 1 100 101]\n"},
		{"closures kept for later", `var fs []func() int
for p := range 2 {
	fs = append(fs, func() int { s := 0; for i := range 2 { s += p*100+i }; return s })
}
for i := 0; i < 2; i++ {
	fs = append(fs, func() int { n := 0; for range i + 1 { n += i }; return n })
}
fmt.Println(fs[0](), fs[1](), fs[2](), fs[3]())`, "1 201 0 2\n"},
	})
}

// A loop variable captured by a closure stays per iteration when the
// closure or the body declares the same name again (a nested loop's i,
// an if's short declaration): Go's scopes decide which uses are the
// loop's.
func TestFidProbeFShadowedLoopVars(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"inner loop reuses i", `var fs []func() int
for i, x := range []int{1, 2, 3} {
	_ = i
	fs = append(fs, func() int { s := 0; for i := 0; i < x; i++ { s += i }; return s })
}
fmt.Println(fs[0](), fs[1](), fs[2]())`, "0 1 3\n"},
		{"if declares the name again", `var fs []func() string
for i, name := range []string{"a", "b"} {
	fs = append(fs, func() string { return fmt.Sprint(i, name) })
	if name := "z"; len(name) > 5 { fmt.Println(name) }
}
fmt.Println(fs[0](), fs[1]())`, "0a 1b\n"},
		{"parameter of the same name", `var fs []func(int) int
for i := 0; i < 3; i++ {
	k := i * 10
	fs = append(fs, func(i int) int { return i + k })
	fs = append(fs, func(n int) int { return n + i })
}
fmt.Println(fs[0](1), fs[1](1), fs[4](1), fs[5](1))`, "1 1 21 3\n"},
	})
}

// A top-level := that declares one new variable and reuses another
// (c, err := a.Mul(b) after a, err := Parse(...)) keeps what the session
// knows of the first statement's other variables: later cells still see
// a's type, and c prints through its String method.
func TestFidProbeFRedefinedErrKeepsTypes(t *testing.T) {
	decls := `type M struct{ n int }
func New(n int) (*M, error) { return &M{n}, nil }
func (m *M) Twice() (*M, error) { return &M{m.n * 2}, nil }
func (m *M) String() string { return fmt.Sprintf("M(%d)", m.n) }`
	runSilentCases(t, []silentCase{
		{"one cell", decls + `
a, err := New(1)
c, err := a.Twice()
fmt.Println(a, c, err)`, "M(1) M(2) <nil>\n"},
	})
	runSplit(t, newSession(t), []splitStep{
		{code: `import "fmt"`},
		{code: decls},
		{code: "a, err := New(1)\nb, err := a.Twice()"},
		{code: "c, err := b.Twice()"},
		{code: "fmt.Println(a, b, c, err)", stdout: "M(1) M(2) M(4) <nil>\n"},
		{code: "fmt.Printf(\"%v %s\\n\", a, b)", stdout: "M(1) M(2)\n"},
	})
}

// A range over a map of channels that takes the value works as over a
// slice of them (yaegi alone fails with a nil pointer dereference).
func TestFidProbeFRangeMapOfChannels(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"subscribers by name", `ch := make(chan string, 1)
ch <- "hello"
subs := map[string]<-chan string{"news": ch}
for name, c := range subs {
	fmt.Println(name, <-c, len(c))
}
outs := map[int]chan int{1: make(chan int, 1), 2: make(chan int, 1)}
for _, c := range outs {
	c <- cap(c)
	close(c)
}
sum := 0
for k, c := range outs {
	for v := range c { sum += v * k }
}
fmt.Println(sum)`, "news hello 0\n3\n"},
	})
}

// A range over channels held in a slice reached through an index or a
// call takes each channel, as over a named slice.
func TestFidProbeFRangeChannelsOfExpressions(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"subscribers of a topic", `type Broker struct{ subs map[string][]chan string }
func (b *Broker) Publish(topic, msg string) int {
	for _, ch := range b.subs[topic] {
		ch <- msg
	}
	return len(b.subs[topic])
}
b := &Broker{subs: map[string][]chan string{"news": {make(chan string, 1), make(chan string, 1)}}}
fmt.Println(b.Publish("news", "hi"), b.Publish("none", "x"))
for i, c := range b.subs["news"] {
	fmt.Println(i, <-c)
}
mk := func() [2]chan int { return [2]chan int{make(chan int, 1), make(chan int, 1)} }
total := 0
for i, c := range mk() {
	c <- i + 10
	total += <-c
}
fmt.Println(total)`, "2 0\n0 hi\n1 hi\n21\n"},
	})
}

// A range over a slice whose name another function uses for an integer
// (collatz's steps := 0, main's steps := ParallelMap(...)) ranges over
// the slice.
func TestFidProbeFRangeNameOfAnotherFunction(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"same name, other types", `func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 { n /= 2 } else { n = 3*n + 1 }
		steps++
	}
	return steps
}
func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs { out = append(out, f(x)) }
	return out
}
func main() {
	steps := Map([]int{1, 2, 3, 6}, collatz)
	for i, s := range steps {
		fmt.Print(i, ":", s, " ")
	}
	fmt.Println()
}
main()`, "0:0 1:1 2:7 3:8 \n"},
	})
}

// min and max with an untyped constant operand before a typed one take
// the typed operand's type, as in Go.
func TestFidProbeFMinMaxConstantFirst(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"constants first", `type Celsius float64
var c Celsius = -50
x := 2.75
lo := math.Inf(1)
lo = min(lo, x)
fmt.Println(max(0.0, math.Copysign(0, -1)), min(1, x, 2.5), max(-40, c), lo)
fmt.Printf("%T %T %v\n", max(-40, c), min(3, x), min(2.5, 1))
var n int8 = 100
fmt.Println(max(27, n), min(-128, n))`, "0 1 -40 2.75\nmain.Celsius float64 1\n100 -128\n"},
	})
}

// min and max of floats are NaN when any operand is NaN, wherever it
// stands.
func TestFidProbeFMinMaxNaN(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"NaN anywhere", `nan, one, two := math.NaN(), 1.0, 2.0
fmt.Println(min(one, nan), min(nan, one), max(one, nan), max(two, one, nan), min(one, two))`, "NaN NaN NaN NaN 1\n"},
	})
}

// math/rand/v2's generic N works for every integer type, durations too.
func TestFidProbeFRandN(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"N of ints and durations", `import (
	"math/rand/v2"
	"time"
)
ok := true
for range 200 {
	n := rand.N(10)
	d := rand.N(3 * time.Second)
	u := rand.N(uint8(2))
	ok = ok && n >= 0 && n < 10 && d >= 0 && d < 3*time.Second && u < 2
}
fmt.Printf("%v %T %T\n", ok, rand.N(5), rand.N(time.Minute))
defer func() { fmt.Println("recovered:", recover()) }()
rand.N(0)`, "true int time.Duration\nrecovered: invalid argument to N\n"},
	})
}

// %T names the standard library's generic types gopad provides as Go
// does (unique.Handle[string]), in a session that declared types (gopad
// names types by their static types only then).
func TestFidProbeFStdGenericTypeNames(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"handles", `import "unique"
type loc struct{ file string }
h := unique.Make("go")
hs := []unique.Handle[int]{unique.Make(1)}
fmt.Printf("%T %T %v\n", h, hs, h.Value())`, "unique.Handle[string] []unique.Handle[int] go\n"},
	})
}

// A comma-ok map index gives the zero value for a missing key also when
// its variable held a value before (a loop's earlier iteration, an
// assignment), as in Go.
func TestFidProbeFMapIndexMissingKey(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"in a loop", `func main() {
	d := map[string]int{"a": 7}
	for _, n := range []string{"a", "z"} {
		v, ok := d[n]
		fmt.Println(v, ok)
	}
}
main()`, "7 true\n0 false\n"},
		{"counting", `func count(ws []string) map[string]int {
	counts := map[string]int{}
	for _, w := range ws {
		c, _ := counts[w]
		counts[w] = c + 1
	}
	return counts
}
fmt.Println(count([]string{"a", "b", "a", "c"}))`, "map[a:2 b:1 c:1]\n"},
		{"assignment", `func main() {
	d := map[string]int{"a": 7}
	v, ok := d["a"]
	fmt.Println(v, ok)
	v, ok = d["z"]
	fmt.Println(v, ok)
	var s string
	var found bool
	names := map[int]string{1: "one"}
	for _, k := range []int{1, 2} {
		s, found = names[k]
		fmt.Printf("%q %v\n", s, found)
	}
	if w, ok := d["q"]; ok {
		fmt.Println("found", w)
	} else {
		fmt.Println("missing", w)
	}
}
main()`, "7 true\n0 false\n\"one\" true\n\"\" false\nmissing 0\n"},
	})
}

// A comma-ok type assertion that fails gives the zero value also when its
// variable held a value before, as in Go.
func TestFidProbeFTypeAssertFailed(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"records of any", `type S struct{ N int }
func main() {
	recs := []map[string]any{{"name": "ann", "age": 31.0}, {"age": 40.0}, {"name": 7}}
	for _, r := range recs {
		name, _ := r["name"].(string)
		age, ok := r["age"].(float64)
		fmt.Printf("%q %v %v\n", name, age, ok)
	}
	for _, y := range []any{S{3}, 2} {
		v, ok := y.(S)
		fmt.Println(v, ok)
	}
	var e error
	var isErr bool
	for _, y := range []any{fmt.Errorf("boom"), 2} {
		e, isErr = y.(error)
		fmt.Println(e, isErr)
	}
}
main()`, "\"ann\" 31 true\n\"\" 40 true\n\"\" 0 false\n{3} true\n{0} false\nboom true\n<nil> false\n"},
	})
}

// A range over slices.All, Values, Backward and maps.All, Keys, Values of
// the cells' own types works as over the slice or map.
func TestFidProbeFRangeStdIteratorsOfCellTypes(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"grades", `import (
	"maps"
	"slices"
)
type Grade struct {
	Student string
	Score   int
}
gs := []Grade{{"ann", 91}, {"bob", 78}, {"cid", 66}}
for i, g := range slices.All(gs) {
	if i == 1 { continue }
	fmt.Print(i, g.Student, " ")
}
for g := range slices.Values(gs) { fmt.Print(g.Score, " ") }
for i, g := range slices.Backward(gs) { fmt.Print(i, g.Student[:1], " ") }
fmt.Println()
byName := map[string]Grade{"x": {"x", 1}}
for k, v := range maps.All(byName) { fmt.Println(k, v.Score) }
for v := range maps.Values(byName) { fmt.Printf("%+v\n", v) }
func() {
	for _, g := range slices.All(gs) {
		if g.Score < 80 { fmt.Println("first below 80:", g.Student); return }
	}
}()`, "0ann 2cid 91 78 66 2c 1b 0a \nx 1\n{Student:x Score:1}\nfirst below 80: bob\n"},
	})
}

// A value of a cell's interface asserted to a compiled interface
// (fmt.Stringer, error) in a function or a loop gives the value, as in Go.
func TestFidProbeFCellInterfaceToCompiled(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"optional Stringer", `type Shape interface{ Area() float64 }
type Circle struct{ R float64 }
func (c Circle) Area() float64 { return 3 * c.R * c.R }
func (c Circle) String() string { return fmt.Sprintf("Circle(%g)", c.R) }
type Sq struct{ S float64 }
func (q Sq) Area() float64 { return q.S * q.S }
func describe(s Shape) string {
	if st, ok := s.(fmt.Stringer); ok {
		return st.String()
	}
	return fmt.Sprintf("%T", s)
}
shapes := []Shape{Sq{2}, Circle{1}}
total := 0.0
for _, s := range shapes {
	if _, ok := s.(fmt.Stringer); ok {
		total += s.Area()
	}
	fmt.Println(describe(s))
}
fmt.Println(total)`, "main.Sq\nCircle(1)\n3\n"},
	})
}

// A range over maps.All of a named map of basic types (type Inventory
// map[string]int) still ranges over its pairs.
func TestFidProbeFRangeStdIteratorsOfNamedMap(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"inventory", `import "maps"
type Inventory map[string]int
stock := Inventory{"apple": 5, "kiwi": 12}
total := 0
for _, v := range maps.All(stock) { total += v }
fmt.Println(total)`, "17\n"},
	})
}

// A generic container's comma-ok lookup, embedded in a cell's struct,
// gives the zero value for a missing key.
func TestFidProbeFGenericStoreMissingKey(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"embedded store", `type Store[K comparable, V any] struct{ data map[K]V }
func (s *Store[K, V]) Put(k K, v V) {
	if s.data == nil { s.data = map[K]V{} }
	s.data[k] = v
}
func (s *Store[K, V]) Get(k K) (V, bool) {
	v, ok := s.data[k]
	return v, ok
}
type Session struct{ User string }
type Sessions struct {
	Store[string, Session]
	n int
}
func main() {
	var ss Sessions
	ss.Put("t1", Session{"ann"})
	for _, tok := range []string{"t1", "zz"} {
		s, ok := ss.Get(tok)
		fmt.Printf("%+v %v\n", s, ok)
	}
}
main()`, "{User:ann} true\n{User:} false\n"},
	})
}

// A template executed with data of the cells' types calls their methods,
// with and without arguments, in actions, arguments, ranges and html
// templates, and names a missing field as Go does.
func TestFidProbeFTemplateMethods(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"invoice", `import (
	"os"
	"strings"
	"text/template"
)
type Line struct {
	Desc  string
	Qty   int
	Price float64
}
func (l Line) Total() float64 { return float64(l.Qty) * l.Price }
type Invoice struct {
	Customer string
	Lines    []Line
	Paid     bool
}
func (inv *Invoice) Sum() float64 {
	s := 0.0
	for _, l := range inv.Lines { s += l.Total() }
	return s
}
func (inv Invoice) Has(desc string) bool {
	for _, l := range inv.Lines { if l.Desc == desc { return true } }
	return false
}
t := template.Must(template.New("inv").Funcs(template.FuncMap{"upper": strings.ToUpper}).Parse(
	"{{.Customer | upper}}\n{{range $i, $l := .Lines}}{{$i}} {{$l.Desc}} {{printf \"%.2f\" $l.Total}}\n{{end}}" +
		"sum={{printf \"%.2f\" .Sum}} pen={{.Has \"pen\"}} ink={{if .Has \"ink\"}}yes{{else}}no{{end}}\n"))
inv := &Invoice{"acme", []Line{{"pen", 2, 1.5}, {"pad", 1, 4}}, false}
if err := t.Execute(os.Stdout, inv); err != nil { fmt.Println(err) }
bad := template.Must(template.New("x").Parse("{{.Missing}}"))
fmt.Println(bad.Execute(os.Stdout, inv))`, "ACME\n0 pen 3.00\n1 pad 4.00\nsum=7.00 pen=true ink=no\ntemplate: x:1:2: executing \"x\" at <.Missing>: can't evaluate field Missing in type *main.Invoice\n"},
		{"html", `import (
	"html/template"
	"os"
)
type User struct{ First, Last string }
func (u User) Full() string { return u.First + " <" + u.Last + ">" }
t := template.Must(template.New("u").Parse("<p>{{.Full}}</p>\n"))
t.Execute(os.Stdout, User{"Ada", "Lovelace"})`, "<p>Ada &lt;Lovelace&gt;</p>\n"},
	})
}

// Templates call the cells' methods also in defined templates, in range
// and with, through ExecuteTemplate, and report a method's error as Go
// does; a comma-ok lookup zeroes its value in a switch case and a
// labelled loop.
func TestFidProbeFTemplateMethodsNested(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"tmpl", `import (
	"errors"
	"os"
	"text/template"
)
type Item struct{ Name string; Qty int }
func (i Item) Double() int { return i.Qty * 2 }
type Cart struct{ Items []Item }
func (c Cart) Big() []Item { var out []Item; for _, i := range c.Items { if i.Qty > 1 { out = append(out, i) } }; return out }
func (c Cart) Check() (string, error) { if len(c.Items) == 0 { return "", errors.New("empty cart") }; return "ok", nil }
t := template.Must(template.New("c").Parse(` + "`" + `{{define "row"}}{{.Name}}x{{.Double}};{{end}}{{range .Big}}{{template "row" .}}{{end}} {{with .Check}}{{.}}{{end}}
` + "`" + `))
fmt.Println(t.Execute(os.Stdout, Cart{[]Item{{"a", 1}, {"b", 3}}}))
fmt.Println(t.ExecuteTemplate(os.Stdout, "row", Item{"z", 5}))
fmt.Println()
fmt.Println(t.Execute(os.Stdout, Cart{}))`, "bx6; ok\n<nil>\nzx10;<nil>\n\n template: c:1:94: executing \"c\" at <.Check>: error calling Check: empty cart\n"},
		{"switch-comma", `func main() {
	m := map[string]int{"a": 1}
	for _, k := range []string{"a", "b"} {
		switch k {
		case "a", "b":
			v, ok := m[k]
			fmt.Println(v, ok)
		}
	outer:
		for range 1 {
			w, _ := m[k]
			fmt.Println("w", w)
			continue outer
		}
	}
}
main()`, "1 true\nw 1\n0 false\nw 0\n"},
	})
}

// A template executed with data of an interface type (a render helper's
// any) or a map of interfaces holding the cells' values calls their
// methods too; a template with missingkey=error keeps text/template's own
// lookup.
func TestFidProbeFTemplateMethodsThroughAny(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"render helper", `import (
	"io"
	"os"
	"text/template"
)
type User struct{ First, Last string }
func (u User) Full() string { return u.First + " " + u.Last }
func render(w io.Writer, src string, data any) error {
	return template.Must(template.New("r").Parse(src)).Execute(w, data)
}
users := []User{{"Ada", "Lovelace"}, {"Alan", "Turing"}}
fmt.Println(render(os.Stdout, "{{range .}}{{.Full}};{{end}}\n", users))
fmt.Println(render(os.Stdout, "{{.Title}}: {{range .Users}}{{.Full}} {{end}}\n", map[string]any{"Title": "People", "Users": users}))
strict := template.Must(template.New("s").Option("missingkey=error").Parse("{{.a}} {{.b}}\n"))
fmt.Println(strict.Execute(os.Stdout, map[string]any{"a": 1}))`,
			"Ada Lovelace;Alan Turing;\n<nil>\nPeople: Ada Lovelace Alan Turing \n<nil>\n1 template: s:1:9: executing \"s\" at <.b>: map has no entry for key \"b\"\n"},
	})
}

// A template finds a method on the pointer only where text/template does:
// on an addressable value (a slice's element, a field of a pointer's
// struct), not on a value passed as data; the error is Go's.
func TestFidProbeFTemplatePointerMethods(t *testing.T) {
	runSilentCases(t, []silentCase{
		{"addressable or not", `import (
	"os"
	"text/template"
)
type U struct{ N string }
func (u *U) P() string { return "ptr-" + u.N }
func (u U) V(n int, f float64) string { return fmt.Sprint(u.N, n, f) }
type Box struct{ Us []U; One U }
t := template.Must(template.New("x").Parse("{{.P}}\n"))
fmt.Println(t.Execute(os.Stdout, U{"a"}))
fmt.Println(t.Execute(os.Stdout, &U{"b"}))
t2 := template.Must(template.New("y").Parse("{{range .Us}}{{.P}} {{.V 2 3}} {{end}}{{.One.P}}\n"))
fmt.Println(t2.Execute(os.Stdout, Box{[]U{{"c"}, {"d"}}, U{"e"}}))
fmt.Println(t2.Execute(os.Stdout, &Box{[]U{{"f"}}, U{"g"}}))`,
			"template: x:1:2: executing \"x\" at <.P>: can't evaluate field P in type main.U\nptr-b\n<nil>\n" +
				"ptr-c c2 3 ptr-d d2 3 template: y:1:44: executing \"y\" at <.One.P>: can't evaluate field P in type main.U\nptr-f f2 3 ptr-g\n<nil>\n"},
	})
}
