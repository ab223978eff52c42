package interp

import "testing"

// leadPrograms are the lead's class programs of stop 23, each run whole and
// split (runFidPrograms).
var leadPrograms = []fidProgram{
	// A tree of a cell's interface (an expression tree, an AST) printed
	// through the interface: yaegi keeps the children in the struct's fields
	// as pairs of value and type, and fmt printed the pairs' fields
	// ({0xc000… {0x10caba0 0xc000… 409}}) where Go prints the children.
	{name: "interface_tree_fields", src: `package main

import "fmt"

type Expr interface{ Eval() int }
type Num struct{ V int }
type Add struct{ L, R Expr }
type List struct {
	Items []Expr
	Names map[string]Expr
	Extra any
}

func (n Num) Eval() int  { return n.V }
func (a Add) Eval() int  { return a.L.Eval() + a.R.Eval() }
func (l List) Eval() int { return len(l.Items) }

func show(e Expr) { fmt.Printf("%v|%+v\n", e, e) }

func main() {
	var e Expr = Add{Num{1}, Add{Num{2}, Num{3}}}
	show(e)
	var l Expr = List{Items: []Expr{Num{4}, e}, Names: map[string]Expr{"n": Num{5}}, Extra: Num{6}}
	fmt.Println(l, e.Eval())
	show(l)
}
`, want: `{{1} {{2} {3}}}|{L:{V:1} R:{L:{V:2} R:{V:3}}}
{[{4} {{1} {{2} {3}}}] map[n:{5}] {6}} 6
{[{4} {{1} {{2} {3}}}] map[n:{5}] {6}}|{Items:[{V:4} {L:{V:1} R:{L:{V:2} R:{V:3}}}] Names:map[n:{V:5}] Extra:{V:6}}
`},
	// The same through pointers (&{...} at the top level), beside types
	// with a String method, in slices, maps and an any.
	{name: "interface_tree_pointers", src: `package main

import "fmt"

type Expr interface{ Eval() int }
type Num struct{ V int }
type Neg struct{ X Expr }
type Add struct{ L, R Expr }
type Var string

func (n Num) Eval() int   { return n.V }
func (n Neg) Eval() int   { return -n.X.Eval() }
func (a *Add) Eval() int  { return a.L.Eval() + a.R.Eval() }
func (v Var) Eval() int   { return len(v) }
func (n Neg) String() string { return fmt.Sprintf("-(%v)", n.X) }

func main() {
	var e Expr = Neg{Num{2}}
	fmt.Println(e)
	var a Expr = &Add{Num{1}, Var("xy")}
	fmt.Println(a, a.Eval())
	fmt.Printf("%v %+v\n", a, a)
	es := []Expr{Num{1}, Neg{Var("q")}, Var("z")}
	fmt.Println(es)
	fmt.Printf("%v\n", es)
	m := map[string]Expr{"a": Num{7}}
	fmt.Println(m)
	type pair struct{ K string; E Expr }
	ps := []pair{{"k", Num{3}}}
	fmt.Println(ps)
	var anyv any = Neg{Num{9}}
	fmt.Println(anyv)
}
`, want: `-({2})
&{{1} xy} 3
&{{1} xy} &{L:{V:1} R:xy}
[{1} -(q) z]
[{1} -(q) z]
map[a:{7}]
[{k {3}}]
-({9})
`},
	// flag's PrintDefaults, and the usage a failed Parse prints, with
	// flag.Values of cells' types: a default is shown only where it is not
	// the String of a zero value of the type, and a String that panics on
	// the zero value is reported after the list, in Go's words.
	{name: "flag_value_defaults", src: "package main\n\nimport (\n\t\"flag\"\n\t\"fmt\"\n\t\"os\"\n\t\"strings\"\n)\n\ntype list []string\n\nfunc (l *list) String() string { return strings.Join(*l, \",\") }\nfunc (l *list) Set(s string) error {\n\t*l = append(*l, s)\n\treturn nil\n}\n\ntype level int\n\nfunc (l *level) String() string { return [...]string{\"low\", \"mid\", \"high\"}[*l] }\nfunc (l *level) Set(s string) error {\n\tfor i, n := range []string{\"low\", \"mid\", \"high\"} {\n\t\tif n == s {\n\t\t\t*l = level(i)\n\t\t\treturn nil\n\t\t}\n\t}\n\treturn fmt.Errorf(\"unknown level %q\", s)\n}\n\ntype endpoint struct{ host string }\n\nfunc (e *endpoint) String() string { return e.host + \":80\" }\nfunc (e *endpoint) Set(s string) error {\n\te.host = s\n\treturn nil\n}\n\ntype mode string\n\nfunc (m mode) String() string      { return \"mode=\" + string(m) }\nfunc (m mode) Set(s string) error { return nil }\n\ntype percent float64\n\nfunc (p *percent) String() string { return fmt.Sprintf(\"%.0f%%\", float64(*p)) }\nfunc (p *percent) Set(s string) error {\n\t_, err := fmt.Sscanf(s, \"%f%%\", (*float64)(p))\n\treturn err\n}\n\ntype ref struct{ p *int }\n\nfunc (r *ref) String() string { return fmt.Sprint(*r.p) }\nfunc (r *ref) Set(s string) error { return nil }\n\nfunc main() {\n\tfs := flag.NewFlagSet(\"tool\", flag.ContinueOnError)\n\tfs.SetOutput(os.Stdout)\n\tvar tags list\n\tfs.Var(&tags, \"tag\", \"a `tag` to add (repeatable)\")\n\tlv := level(1)\n\tfs.Var(&lv, \"level\", \"log level\")\n\tep := &endpoint{host: \"example.org\"}\n\tfs.Var(ep, \"endpoint\", \"server\")\n\tfs.Var(mode(\"fast\"), \"m\", \"run mode\")\n\tvar pct percent\n\tfs.Var(&pct, \"pct\", \"a share\")\n\tn := 7\n\tfs.Var(&ref{&n}, \"ref\", \"a reference\")\n\tfs.Int(\"n\", 3, \"count\")\n\tfs.String(\"name\", \"\", \"your name\")\n\tfs.PrintDefaults()\n\terr := fs.Parse([]string{\"-tag\", \"a\", \"-level\", \"loud\"})\n\tfmt.Println(\"err:\", err, tags)\n\n}\n", want: "  -endpoint value\n    \tserver (default example.org:80)\n  -level value\n    \tlog level (default mid)\n  -m value\n    \trun mode (default mode=fast)\n  -n int\n    \tcount (default 3)\n  -name string\n    \tyour name\n  -pct value\n    \ta share\n  -ref value\n    \ta reference\n  -tag tag\n    \ta tag to add (repeatable)\n\npanic calling String method on zero main.ref for flag ref: runtime error: invalid memory address or nil pointer dereference\ninvalid value \"loud\" for flag -level: unknown level \"loud\"\nUsage of tool:\n  -endpoint value\n    \tserver (default example.org:80)\n  -level value\n    \tlog level (default mid)\n  -m value\n    \trun mode (default mode=fast)\n  -n int\n    \tcount (default 3)\n  -name string\n    \tyour name\n  -pct value\n    \ta share\n  -ref value\n    \ta reference\n  -tag tag\n    \ta tag to add (repeatable)\n\npanic calling String method on zero main.ref for flag ref: runtime error: invalid memory address or nil pointer dereference\nerr: invalid value \"loud\" for flag -level: unknown level \"loud\" [a]\n"},
	// encoding/json of a struct with fields of a cell's interface type (a
	// value, a slice, a map): yaegi keeps the values there paired with
	// their types, and json wrote each as {}. The view of the struct hands
	// the values to the walk of the cells' types (encview's encodeIface).
	{name: "json_interface_fields", src: "package main\n\nimport (\n\t\"encoding/json\"\n\t\"fmt\"\n)\n\ntype Shape interface{ Area() float64 }\n\ntype Rect struct {\n\tW, H  float64\n\tlabel string\n}\n\ntype Circle struct {\n\tR float64 `json:\"radius\"`\n}\n\nfunc (r Rect) Area() float64   { return r.W * r.H }\nfunc (c Circle) Area() float64 { return 3 * c.R * c.R }\n\ntype Drawing struct {\n\tName   string\n\tMain   Shape            `json:\"main\"`\n\tParts  []Shape          `json:\"parts,omitempty\"`\n\tByName map[string]Shape `json:\"by_name\"`\n\tNote   any\n}\n\nfunc main() {\n\td := Drawing{\n\t\tName:   \"house\",\n\t\tMain:   Rect{4, 3, \"body\"},\n\t\tParts:  []Shape{Circle{1}, Rect{1, 2, \"door\"}},\n\t\tByName: map[string]Shape{\"sun\": Circle{2}},\n\t\tNote:   Circle{5},\n\t}\n\tb, err := json.Marshal(d)\n\tfmt.Println(string(b), err)\n\tempty := Drawing{Name: \"empty\"}\n\tb, err = json.Marshal(empty)\n\tfmt.Println(string(b), err)\n\tb, err = json.MarshalIndent([]Drawing{d}, \"\", \"  \")\n\tfmt.Println(string(b), err)\n\tvar total float64\n\tfor _, p := range d.Parts {\n\t\ttotal += p.Area()\n\t}\n\tfmt.Println(total)\n}\n", want: `{"Name":"house","main":{"W":4,"H":3},"parts":[{"radius":1},{"W":1,"H":2}],"by_name":{"sun":{"radius":2}},"Note":{"radius":5}} <nil>
{"Name":"empty","main":null,"by_name":null,"Note":null} <nil>
[
  {
    "Name": "house",
    "main": {
      "W": 4,
      "H": 3
    },
    "parts": [
      {
        "radius": 1
      },
      {
        "W": 1,
        "H": 2
      }
    ],
    "by_name": {
      "sun": {
        "radius": 2
      }
    },
    "Note": {
      "radius": 5
    }
  }
] <nil>
5
`},
	// A map[any] keyed by a cell's struct type with methods: yaegi keeps
	// such a key paired with its type in a map literal, an any variable or
	// an []any, and bare in m[Point{1, 1}], and the two were different
	// entries (a visited set counted (0,0) twice; a cache missed).
	{name: "any_map_struct_keys", src: `package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p Point) String() string    { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type State struct {
	Pos   Point
	Steps int
}

func (s State) Key() any { return s.Pos }

type Cache struct{ data map[any]string }

func (c *Cache) Put(k any, v string) { c.data[k] = v }
func (c *Cache) Get(k any) (string, bool) {
	v, ok := c.data[k]
	return v, ok
}

func main() {
	seen := map[any]bool{Point{0, 0}: true}
	queue := []State{{Point{0, 0}, 0}}
	dirs := []Point{{1, 0}, {0, 1}, {-1, 0}, {0, -1}}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		for _, d := range dirs {
			n := s.Pos.Add(d)
			if n.X < 0 || n.Y < 0 || n.X > 2 || n.Y > 2 || seen[n] {
				continue
			}
			seen[n] = true
			queue = append(queue, State{n, s.Steps + 1})
		}
	}
	fmt.Println("visited", len(seen), seen[Point{2, 2}], seen[State{}.Key()])
	c := &Cache{data: map[any]string{Point{1, 1}: "center?", "name": "grid"}}
	c.Put(Point{1, 1}, "center")
	var k any = Point{1, 1}
	v, ok := c.Get(k)
	fmt.Println(v, ok, len(c.data))
	delete(c.data, k)
	_, ok = c.Get(Point{1, 1})
	fmt.Println(ok, len(c.data))
	var keys []string
	for k := range seen {
		keys = append(keys, fmt.Sprint(k))
	}
	sort.Strings(keys)
	fmt.Println(keys)
}
`, want: `visited 9 true true
center true 2
false 1
[(0,0) (0,1) (0,2) (1,0) (1,1) (1,2) (2,0) (2,1) (2,2)]
`},
	// == of structs, arrays and interfaces holding a cell's struct type
	// with fields of an interface type, and reflect.DeepEqual of such
	// values (a table-driven check of a simplifier): yaegi compared its
	// pairs of value and type, which differ for equal values.
	{name: "equal_interface_fields", src: `package main

import (
	"fmt"
	"reflect"
)

type Expr interface{ Eval() int }

type Lit struct{ V int }
type Add struct{ L, R Expr }

func (l Lit) Eval() int { return l.V }
func (a Add) Eval() int { return a.L.Eval() + a.R.Eval() }

type Step struct {
	Name string
	Expr Expr
}

type Plan struct {
	Steps []Step
	Vars  map[string]Expr
	Extra any
}

func simplify(e Expr) Expr {
	if a, ok := e.(Add); ok {
		l, r := simplify(a.L), simplify(a.R)
		if lv, ok := l.(Lit); ok && lv.V == 0 {
			return r
		}
		return Add{l, r}
	}
	return e
}

func main() {
	got := simplify(Add{Lit{0}, Add{Lit{1}, Lit{2}}})
	want := Add{Lit{1}, Lit{2}}
	fmt.Println(got == Expr(want), reflect.DeepEqual(got, want))
	s1 := Step{"a", Add{Lit{1}, Lit{2}}}
	s2 := Step{"a", want}
	fmt.Println(s1 == s2, s1 != s2, s1 == Step{"a", Lit{3}}, s1 == Step{"a", nil})
	p1 := Plan{[]Step{s1}, map[string]Expr{"x": Lit{1}}, Lit{5}}
	p2 := Plan{[]Step{s2}, map[string]Expr{"x": Lit{1}}, Lit{5}}
	fmt.Println(reflect.DeepEqual(p1, p2), reflect.DeepEqual(p1, Plan{}))
	arr := [2]Expr{Lit{1}, nil}
	fmt.Println(arr == [2]Expr{Lit{1}, nil}, arr == [2]Expr{Lit{2}, nil})
	tests := []struct {
		in   Expr
		want Expr
	}{
		{Add{Lit{0}, Lit{4}}, Lit{4}},
		{Add{Lit{2}, Lit{0}}, Add{Lit{2}, Lit{0}}},
		{Lit{7}, Lit{8}},
	}
	for i, tc := range tests {
		if got := simplify(tc.in); !reflect.DeepEqual(got, tc.want) {
			fmt.Printf("case %d: got %v, want %v\n", i, got, tc.want)
		} else {
			fmt.Printf("case %d: ok\n", i)
		}
	}
}
`, want: `true true
true false false false
true false
true false
case 0: ok
case 1: ok
case 2: got {7}, want {8}
`},
	// slices.Contains, Index and Equal over slices of a cell's interface
	// and of any holding a cell's struct values: the compiled functions
	// compared yaegi's pairs (false) or panicked ([]Move).
	{name: "slices_of_interfaces", src: `package main

import (
	"fmt"
	"slices"
)

type Move interface{ Apply(int) int }

type Step struct{ N int }
type Jump struct{ To int }

func (s Step) Apply(p int) int { return p + s.N }
func (j Jump) Apply(int) int   { return j.To }

func main() {
	history := []Move{Step{1}, Jump{10}, Step{2}}
	fmt.Println(slices.Contains(history, Move(Jump{10})), slices.Index(history, Move(Step{2})))
	fmt.Println(slices.Equal(history, []Move{Step{1}, Jump{10}, Step{2}}), slices.Equal(history[:1], []Move{Step{3}}))
	var last Move = Step{2}
	fmt.Println(slices.Index(history, last), slices.Contains(history, nil))
	seen := []any{Step{1}, "x", 3}
	var probe any = Step{1}
	fmt.Println(slices.Contains(seen, probe), slices.Index(seen, any("x")), slices.Index(seen, any(Jump{1})))
	pos := 0
	for _, m := range history {
		pos = m.Apply(pos)
	}
	fmt.Println(pos)
}
`, want: `true 2
true false
2 false
true 1 -1
12
`},
	// Values of a cell's type with String inside an []any or a
	// map[string]any that is itself held in an any (a log row, an event's
	// fields): yaegi keeps them as pairs there, and fmt printed the pairs;
	// the printer now goes into such values, as Go's fmt does.
	{name: "nested_any_stringers", src: `package main

import "fmt"

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

func (l Level) String() string { return [...]string{"DEBUG", "INFO", "WARN"}[l] }

type Event struct {
	Msg    string
	Fields map[string]any
}

func logf(format string, args ...any) { fmt.Printf(format+"\n", args...) }

func render(v any) string { return fmt.Sprint(v) }

func main() {
	row := []any{Warn, 42, "disk", nil}
	var cell any = row
	fmt.Println(cell)
	logf("%v | %s", cell, []any{Info})
	e := Event{"started", map[string]any{"level": Info, "tags": []any{Debug, "x"}}}
	var payload any = e.Fields
	fmt.Println(render(payload))
	fmt.Println(render(map[string]any{"nested": map[string]any{"lvl": Warn}}))
	fmt.Printf("%v %d\n", Warn, Warn)
}
`, want: `[WARN 42 disk <nil>]
[WARN 42 disk <nil>] | [INFO]
map[level:INFO tags:[DEBUG x]]
map[nested:map[lvl:WARN]]
WARN 2
`},
	// A slice handed to the variadic ...any parameter of a cell's function
	// without "...": yaegi spread it (count(row) was len(row); logf("%v has
	// %d", row, n) printed row's elements and an EXTRA).
	{name: "slice_to_variadic_any", src: `package main

import (
	"fmt"
	"strings"
)

func logf(format string, args ...any) {
	fmt.Printf("[log] "+format+"\n", args...)
}

func count(items ...any) int { return len(items) }

type Row []any

func join(sep string, parts ...any) string {
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			b.WriteString(sep)
		}
		fmt.Fprint(&b, p)
	}
	return b.String()
}

type Table struct{ rows []Row }

func (t *Table) Add(cells ...any) { t.rows = append(t.rows, Row(cells)) }

func main() {
	row := []any{"id", 7, true}
	logf("row %v has %d cells", row, len(row))
	logf("%v", row)
	fmt.Println(count(row), count(row...), count(1, 2, row), count())
	fmt.Println(join(", ", row), "|", join(", ", row...))
	var t Table
	t.Add(row)
	t.Add(row...)
	t.Add("x", row)
	for _, r := range t.rows {
		fmt.Println(len(r), r)
	}
}
`, want: `[log] row [id 7 true] has 3 cells
[log] [id 7 true]
1 3 3 0
[id 7 true] | id, 7, true
1 [[id 7 true]]
3 [id 7 true]
2 [x [id 7 true]]
`},
	// An uncaught panic whose value is of a cell's type over a basic type
	// without methods is reported as Go reports it (main.State("...")),
	// not as yaegi's pair; a recovered one is still a State.
	{name: "uncaught_named_panic", src: `package main

import "fmt"

type State string

type Transition struct{ From, To State }

var allowed = map[Transition]bool{{"idle", "running"}: true, {"running", "done"}: true}

func move(from, to State) State {
	if !allowed[Transition{from, to}] {
		panic(State(string(from) + "->" + string(to)))
	}
	return to
}

func try(from, to State) (s State) {
	defer func() {
		if r := recover(); r != nil {
			bad, ok := r.(State)
			fmt.Println("refused:", bad, ok)
			s = from
		}
	}()
	return move(from, to)
}

func main() {
	s := try("idle", "running")
	fmt.Println(s)
	s = try(s, "idle")
	fmt.Println(s)
	s = move(s, "done")
	fmt.Println(s)
	move(s, "idle")
}
`, want: `running
refused: running->idle true
running
done
`, refusal: `main.State("done->idle")`},
	// log's file and line flags: go run prints the program's file and line
	// (main.go:13:), which a cell has not; gopad refuses the flags.
	{name: "log_file_flags", src: `package main

import (
	"log"
	"os"
)

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Println("starting")
	log.SetFlags(log.Lshortfile)
	log.Println("where am I")
}
`, want: "starting\nmain.go:13: where am I\n",
		refusal: "gopad cannot print a cell's file and line in log output"},
}

func TestFidLeadPrograms(t *testing.T) { runFidPrograms(t, leadPrograms) }
