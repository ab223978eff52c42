package interp

import (
	"strings"
	"testing"
)

// Programs from outside7's classes, run whole and split into notebook
// cells; want is what go run printed.
//
// encoding/json and encoding/xml encode a recursive type of the cells
// whose values need a mirror (an embedded struct, a field of an interface
// type, a MarshalText method), and encoding/json decodes into one
// (encview's mirrorType leaves an any, or the raw JSON, where the type
// reaches itself, filled per value): the encoders returned an error
// ("gopad cannot encode the recursive type"), which a program that drops
// it printed as an empty document (Packt's AVL tree, o7_packt/avl_tree).
//
// runtime.Goexit on a cell's own goroutine ends main, not the program
// (goexit.go): main's deferred calls run, the goroutines run on to an
// os.Exit or Go's fatal error "no goroutines (main called runtime.Goexit)
// - deadlock!". yaegi took it for the end of the statement: the cell went
// on with the next one, or ended without what its goroutines printed
// (golang-for-nodejs-developers' examples/streams.go, whole; not in the
// corpus: its split form depends on when earlier cells' goroutines run).
//
// A single-valued assertion of a value of an empty interface that fails
// panics with Go's message, naming a cell's type over a basic type as Go
// does (rewrite's concreteAssert, and identityAsserts' onceOperand): yaegi
// named its basic type ("interface {} is int, not string" for a MyInt),
// or gopad's stand-in (gopadrt.notThatType) (Learning Go's
// type_assertions, o7_learninggo/type_assertions).
//
// An assertion or a type switch case to an interface is decided by the
// methods' signatures, not only their names (rewrite's nearMisses): yaegi
// took a type whose Unwrap returns []error for an interface{ Unwrap()
// error } (Learning Go's custom_wrapped_multi_error,
// o7_learninggo/custom_wrapped_multi_error).
//
// A cell's top-level variable initialized with an element of an element
// of a compiled call's result (major := strings.Split(v, ".")[0][2]) runs
// in a function literal as one with a single index did (genericInits):
// yaegi failed with "undefined: gopadBuiltin" (Mastering Go's
// requiredVersion, o7_packt/required_version).
//
// A cell's top-level n := n + 1 over the session's variable n of the same
// type computes the value before it assigns n (rewrite's redeclare):
// yaegi declared the new global first and read its zero (n became 1).
// Where n is the session's function or a variable of another type
// (max := max(7)), the statement is refused in gopad's words
// (TestFidOutside7SelfDefine; GolangTraining's variable-shadowing,
// o7_goes2eleven/variable_shadowing, split).

var outside7Programs = []fidProgram{
	{name: "a recursive type encodes through json and xml", src: `package main

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"strings"
)

type Level int

func (l Level) MarshalText() ([]byte, error) { return []byte(strings.Repeat("*", int(l))), nil }

type Base struct {
	ID int ` + "`" + `json:"id"` + "`" + `
}

type Node struct {
	Base
	Name     string  ` + "`" + `json:"name"` + "`" + `
	Level    Level   ` + "`" + `json:"level"` + "`" + `
	Children []*Node ` + "`" + `json:"children,omitempty"` + "`" + `
	Next     *Node   ` + "`" + `json:"next,omitempty"` + "`" + `
	Extra    any     ` + "`" + `json:"extra,omitempty"` + "`" + `
}

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Tree struct {
	Val   Shape
	Left  *Tree
	Right *Tree
}

type Dir struct {
	XMLName xml.Name ` + "`" + `xml:"dir"` + "`" + `
	Name    string   ` + "`" + `xml:"name,attr"` + "`" + `
	Level   Level    ` + "`" + `xml:"level"` + "`" + `
	Subs    []Dir    ` + "`" + `xml:"dir"` + "`" + `
	Parent  *Dir     ` + "`" + `xml:"-"` + "`" + `
}

type List struct {
	Head *Elem
}

type Elem struct {
	V    Level
	Next *Elem
}

func main() {
	root := &Node{Base: Base{1}, Name: "root", Level: 2}
	root.Children = append(root.Children, &Node{Base: Base{2}, Name: "a", Level: 1, Extra: Sq{2}})
	root.Children = append(root.Children, &Node{Base: Base{3}, Name: "b"})
	root.Next = root.Children[0]
	b, err := json.Marshal(root)
	fmt.Println(string(b), err)
	b, err = json.MarshalIndent(root.Children, "", "  ")
	fmt.Println(string(b), err)

	t := &Tree{Val: Sq{1}, Left: &Tree{Val: Sq{2}}}
	b, err = json.Marshal(t)
	fmt.Println(string(b), err)
	var nt *Tree
	b, err = json.Marshal(nt)
	fmt.Println(string(b), err)
	b, err = json.Marshal([]*Tree{t, nil})
	fmt.Println(string(b), err)
	b, err = json.Marshal(map[string]*Tree{"x": t.Left})
	fmt.Println(string(b), err)

	d := Dir{Name: "/", Level: 1, Subs: []Dir{{Name: "usr", Level: 2, Subs: []Dir{{Name: "bin"}}}}}
	b, err = xml.Marshal(d)
	fmt.Println(string(b), err)

	l := List{Head: &Elem{1, &Elem{2, &Elem{3, nil}}}}
	b, err = json.Marshal(l)
	fmt.Println(string(b), err)
	var sb strings.Builder
	err = json.NewEncoder(&sb).Encode(l.Head.Next)
	fmt.Print(sb.String(), err, "\n")

	var back Node
	err = json.Unmarshal([]byte(` + "`" + `{"id":7,"name":"x","children":[{"id":8,"name":"y"}]}` + "`" + `), &back)
	fmt.Println(back.ID, back.Name, len(back.Children), err)
}
`,
		want: `{"id":1,"name":"root","level":"**","children":[{"id":2,"name":"a","level":"*","extra":{"S":2}},{"id":3,"name":"b","level":""}],"next":{"id":2,"name":"a","level":"*","extra":{"S":2}}} <nil>
[
  {
    "id": 2,
    "name": "a",
    "level": "*",
    "extra": {
      "S": 2
    }
  },
  {
    "id": 3,
    "name": "b",
    "level": ""
  }
] <nil>
{"Val":{"S":1},"Left":{"Val":{"S":2},"Left":null,"Right":null},"Right":null} <nil>
null <nil>
[{"Val":{"S":1},"Left":{"Val":{"S":2},"Left":null,"Right":null},"Right":null},null] <nil>
{"x":{"Val":{"S":2},"Left":null,"Right":null}} <nil>
<dir name="/"><level>*</level><dir name="usr"><level>**</level><dir name="bin"><level></level></dir></dir></dir> <nil>
{"Head":{"V":"*","Next":{"V":"**","Next":{"V":"***","Next":null}}}} <nil>
{"V":"**","Next":{"V":"***","Next":null}}
<nil>
7 x 1 <nil>
`},
	{name: "json decodes into a recursive type", src: `package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Level int

func (l *Level) UnmarshalText(b []byte) error { *l = Level(len(b)); return nil }

type Base struct {
	ID int ` + "`" + `json:"id"` + "`" + `
}

type Node struct {
	Base
	Name     string  ` + "`" + `json:"name"` + "`" + `
	Level    Level   ` + "`" + `json:"level"` + "`" + `
	Children []*Node ` + "`" + `json:"children"` + "`" + `
	Next     *Node   ` + "`" + `json:"next"` + "`" + `
}

type Menu struct {
	Title string
	Items []Menu
	Tag   Level
}

func main() {
	var back Node
	err := json.Unmarshal([]byte(` + "`" + `{"id":7,"name":"x","level":"**","children":[{"id":8,"name":"y","level":"***"},null],"next":{"id":9}}` + "`" + `), &back)
	fmt.Println(back.ID, back.Name, back.Level, len(back.Children), back.Children[0].ID, back.Children[0].Name, back.Children[0].Level, back.Children[1] == nil, back.Next.ID, err)
	err = json.Unmarshal([]byte(` + "`" + `{"next":{"name":5,"id":3}}` + "`" + `), &back)
	fmt.Println(back.ID, back.Next.ID, back.Next.Name, err)
	err = json.Unmarshal([]byte(` + "`" + `{"next":null}` + "`" + `), &back)
	fmt.Println(back.ID, back.Next == nil, err)
	var m Menu
	err = json.NewDecoder(strings.NewReader(` + "`" + `{"Title":"top","Items":[{"Title":"a","Tag":"xx","Items":[{"Title":"b"}]},{"Title":"c"}]}` + "`" + `)).Decode(&m)
	fmt.Println(m.Title, len(m.Items), m.Items[0].Title, m.Items[0].Tag, m.Items[0].Items[0].Title, m.Items[1].Title, err)
	b, err := json.Marshal(m)
	fmt.Println(string(b), err)
	var ms []Menu
	err = json.Unmarshal([]byte(` + "`" + `[{"Title":"q","Items":[{"Title":1}]}]` + "`" + `), &ms)
	fmt.Println(len(ms), ms[0].Title, err)
}
`,
		want: `7 x 2 2 8 y 3 true 9 <nil>
7 3  json: cannot unmarshal number into Go struct field Node.next.name of type string
7 true <nil>
top 2 a 2 b c <nil>
{"Title":"top","Items":[{"Title":"a","Items":[{"Title":"b","Items":null,"Tag":0}],"Tag":2},{"Title":"c","Items":null,"Tag":0}],"Tag":0} <nil>
1 q json: cannot unmarshal number into Go struct field Menu.Items.Title of type string
`},
	{name: "runtime.Goexit in main runs its deferred calls and stops with Go's fatal error", src: `package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("deferred runs")
	fmt.Println("main leaves")
	runtime.Goexit()
	fmt.Println("never")
}
`,
		want: `main leaves
deferred runs
`,
		refusal: "no goroutines (main called runtime.Goexit) - deadlock!"},
	{name: "runtime.Goexit on goroutines ends them only", src: `package main

import (
	"fmt"
	"runtime"
	"sync"
)

func worker(id int, wg *sync.WaitGroup, results chan<- string) {
	defer wg.Done()
	defer fmt.Println("worker", id, "cleans up")
	if id%2 == 0 {
		results <- fmt.Sprint("worker ", id, " gives up")
		runtime.Goexit()
	}
	results <- fmt.Sprint("worker ", id, " done")
}

func main() {
	var wg sync.WaitGroup
	results := make(chan string, 4)
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go worker(i, &wg, results)
		wg.Wait()
	}
	close(results)
	for r := range results {
		fmt.Println(r)
	}

	done := make(chan struct{})
	go func() {
		defer close(done)
		defer fmt.Println("goroutine unwinds")
		runtime.Goexit()
		fmt.Println("not printed")
	}()
	<-done
	fmt.Println("main goes on")
}
`,
		want: `worker 1 cleans up
worker 2 cleans up
worker 3 cleans up
worker 4 cleans up
worker 1 done
worker 2 gives up
worker 3 done
worker 4 gives up
goroutine unwinds
main goes on
`},
	{name: "after main's runtime.Goexit a goroutine runs on to os.Exit", src: `package main

import (
	"fmt"
	"os"
	"runtime"
)

func finish(ready <-chan struct{}, jobs <-chan int) {
	<-ready
	sum := 0
	for j := range jobs {
		sum += j
	}
	fmt.Println("sum", sum)
	os.Exit(3)
}

func stop() {
	defer fmt.Println("stop's deferred call")
	runtime.Goexit()
}

func main() {
	ready := make(chan struct{})
	defer close(ready)
	defer fmt.Println("main's deferred call")
	jobs := make(chan int, 4)
	for i := 1; i <= 4; i++ {
		jobs <- i
	}
	close(jobs)
	go finish(ready, jobs)
	stop()
	fmt.Println("not printed")
}
`,
		want: `stop's deferred call
main's deferred call
sum 10
`,
		refusal: "os.Exit(3)"},
	{name: "a failed assertion from any names the cells' types as Go does", src: `package main

import "fmt"

type Celsius float64
type Tags []string
type Point struct{ X, Y int }
type Name string

func (n Name) Upper() string { return string(n) + "!" }

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			if e, ok := r.(error); ok {
				fmt.Println("  error:", e.Error())
			}
		}
	}()
	f()
}

func main() {
	values := []any{Celsius(21.5), Tags{"a"}, Point{1, 2}, Name("go"), nil, 7, "s", &Point{}}
	for _, v := range values {
		try(func() { fmt.Println(v.(string)) })
		try(func() { fmt.Println(v.(float64)) })
		try(func() { fmt.Println(v.(Celsius)) })
	}
	var x any = Name("n")
	s := x.(Name)
	fmt.Println(s.Upper())
	n, ok := x.(string)
	fmt.Printf("%q %v\n", n, ok)
	var c any = Celsius(3)
	f := c.(float64)
	fmt.Println(f)
}
`,
		want: `recovered: interface conversion: interface {} is main.Celsius, not string
  error: interface conversion: interface {} is main.Celsius, not string
recovered: interface conversion: interface {} is main.Celsius, not float64
  error: interface conversion: interface {} is main.Celsius, not float64
21.5
recovered: interface conversion: interface {} is main.Tags, not string
  error: interface conversion: interface {} is main.Tags, not string
recovered: interface conversion: interface {} is main.Tags, not float64
  error: interface conversion: interface {} is main.Tags, not float64
recovered: interface conversion: interface {} is main.Tags, not main.Celsius
  error: interface conversion: interface {} is main.Tags, not main.Celsius
recovered: interface conversion: interface {} is main.Point, not string
  error: interface conversion: interface {} is main.Point, not string
recovered: interface conversion: interface {} is main.Point, not float64
  error: interface conversion: interface {} is main.Point, not float64
recovered: interface conversion: interface {} is main.Point, not main.Celsius
  error: interface conversion: interface {} is main.Point, not main.Celsius
recovered: interface conversion: interface {} is main.Name, not string
  error: interface conversion: interface {} is main.Name, not string
recovered: interface conversion: interface {} is main.Name, not float64
  error: interface conversion: interface {} is main.Name, not float64
recovered: interface conversion: interface {} is main.Name, not main.Celsius
  error: interface conversion: interface {} is main.Name, not main.Celsius
recovered: interface conversion: interface {} is nil, not string
  error: interface conversion: interface {} is nil, not string
recovered: interface conversion: interface {} is nil, not float64
  error: interface conversion: interface {} is nil, not float64
recovered: interface conversion: interface {} is nil, not main.Celsius
  error: interface conversion: interface {} is nil, not main.Celsius
recovered: interface conversion: interface {} is int, not string
  error: interface conversion: interface {} is int, not string
recovered: interface conversion: interface {} is int, not float64
  error: interface conversion: interface {} is int, not float64
recovered: interface conversion: interface {} is int, not main.Celsius
  error: interface conversion: interface {} is int, not main.Celsius
s
recovered: interface conversion: interface {} is string, not float64
  error: interface conversion: interface {} is string, not float64
recovered: interface conversion: interface {} is string, not main.Celsius
  error: interface conversion: interface {} is string, not main.Celsius
recovered: interface conversion: interface {} is *main.Point, not string
  error: interface conversion: interface {} is *main.Point, not string
recovered: interface conversion: interface {} is *main.Point, not float64
  error: interface conversion: interface {} is *main.Point, not float64
recovered: interface conversion: interface {} is *main.Point, not main.Celsius
  error: interface conversion: interface {} is *main.Point, not main.Celsius
n!
"" false
`,
		refusal: "interface conversion: interface {} is main.Celsius, not float64"},
	{name: "assertions and type switch cases to interfaces check the methods' signatures", src: `package main

import (
	"errors"
	"fmt"
)

type Multi struct{ errs []error }

func (m Multi) Error() string   { return "multi" }
func (m Multi) Unwrap() []error { return m.errs }

type Wrapped struct{ inner error }

func (w *Wrapped) Error() string { return "wrapped: " + w.inner.Error() }
func (w *Wrapped) Unwrap() error { return w.inner }

type Sizer interface{ Size() int }

type File struct{ n int64 }

func (f File) Size() int64 { return f.n }

type Dir struct{ n int }

func (d Dir) Size() int { return d.n }

func describe(err error) string {
	switch e := err.(type) {
	case nil:
		return "nil"
	case interface{ Unwrap() error }:
		return "single: " + fmt.Sprint(e.Unwrap())
	case interface{ Unwrap() []error }:
		return fmt.Sprint("multi: ", len(e.Unwrap()))
	default:
		return "plain: " + e.Error()
	}
}

func kind(v any) string {
	switch v.(type) {
	case Sizer:
		return "sizer"
	case fmt.Stringer:
		return "stringer"
	}
	return "other"
}

func main() {
	errs := []error{
		Multi{[]error{errors.New("a"), errors.New("b")}},
		&Wrapped{errors.New("inner")},
		errors.New("plain"),
		nil,
	}
	for _, err := range errs {
		fmt.Println(describe(err))
		_, single := err.(interface{ Unwrap() error })
		_, multi := err.(interface{ Unwrap() []error })
		fmt.Println(single, multi)
	}
	for _, v := range []any{File{1 << 40}, Dir{3}, 5} {
		fmt.Println(kind(v))
		if s, ok := v.(Sizer); ok {
			fmt.Println("size", s.Size())
		}
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	var v any = File{2}
	fmt.Println(v.(Sizer).Size())
}
`,
		want: `multi: 2
false true
single: inner
true false
plain: plain
false false
nil
false false
other
sizer
size 3
other
recovered: interface conversion: main.File is not main.Sizer: missing method Size
`},
	{name: "a top-level element of an element of a compiled call's result", src: `package main

import (
	"fmt"
	"strings"
)

func main() {
	version := "go1.26.8"
	major := strings.Split(version, ".")[0][2]
	minor := strings.Split(version, ".")[1]
	first := strings.Fields("ab cd")[1][0]
	grid := strings.Split("abc,def", ",")[1][1:]
	fmt.Println(string(major), minor, first, grid)
}
`,
		want: `1 26 99 ef
`},
	{name: "main's name := name + 1 over a package variable of its type", src: `package main

import "fmt"

var count = 3

var label = "total"

func main() {
	count := count + 1
	fmt.Println(count)

	label := label + ":"
	fmt.Println(label, count*2)

	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
}
`,
		want: `4
total: 8
2 1
`},
}

func TestFidOutside7(t *testing.T) { runFidPrograms(t, outside7Programs) }

// os.Stdout given where a type with Close is required is closed as Go
// closes it: what the cell writes after Close is lost, with *os.File's
// error, and a second Close fails; the next cell writes again. A type
// whose other methods it lacks is refused with gopad's words, naming the
// type and the workaround (it was yaegi's "cannot use type
// *gopadrt.stdFile as type io.ReadSeeker").
func TestFidOutside7StdoutCloser(t *testing.T) {
	out, errText := runFidCells(t, []string{"import (\"fmt\"; \"io\"; \"os\")", "type Logger struct{ wc io.WriteCloser }",
		"func use(c io.Closer) error { return c.Close() }",
		"l := Logger{wc: os.Stdout}\nfmt.Fprintln(l.wc, \"before\")\nerr := use(l.wc)\n_, werr := fmt.Fprintln(l.wc, \"after\")\nfmt.Fprintln(os.Stderr, err, werr, use(os.Stdout))",
		"fmt.Println(\"next cell\", use(os.Stderr))",
	})
	if out != "before\nnext cell <nil>\n" || errText != "" {
		t.Errorf("closing os.Stdout: output %q, error %q", out, errText)
	}
	_, errText = runFidCells(t, []string{"import (\"io\"; \"os\")", "func use(r io.ReadSeeker) {}", "use(os.Stdout)"})
	want := "gopad cannot use os.Stdout or os.Stderr as io.ReadSeeker: "
	if !strings.Contains(errText, want) || !strings.Contains(errText, "io.Writer") {
		t.Errorf("os.Stdout as io.ReadSeeker: error %q, want one with %q and the workaround", errText, want)
	}
}

// A top-level := that reads the session's function of the name it
// declares is main's variable, as in Go: it shadows the function for the
// statements of later cells, while the declared functions still call the
// function. A declaration of the name ends the shadow.
func TestFidOutside7SelfDefine(t *testing.T) {
	s := newSession(t)
	for _, c := range []string{"import \"fmt\"", "func sq(x int) int { return x * x }"} {
		if res, _ := run(t, s, c); res.Err != nil {
			t.Fatalf("%q: %s", c, res.Err.Value)
		}
	}
	for _, c := range []struct{ code, out, err string }{
		{"sq := sq(7)\nfmt.Println(sq)", "49\n", ""},
		{"func cube(x int) int { return sq(x) * x }\nfmt.Println(cube(2), sq+1)", "8 50\n", ""},
		{"fmt.Println(sq(3))", "", "cannot call sq (variable of type int)"},
		{"func sq(x int) int { return x * x * 10 }\nfmt.Println(sq(3))", "90\n", ""},
	} {
		res, rec := run(t, s, c.code)
		errText := ""
		if res.Err != nil {
			errText = res.Err.Value
		}
		if rec.out() != c.out || (c.err == "") != (errText == "") || !strings.Contains(errText, c.err) {
			t.Errorf("%q: output %q, error %q; want %q and an error with %q", c.code, rec.out(), errText, c.out, c.err)
		}
	}
}
