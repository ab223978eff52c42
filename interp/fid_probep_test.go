package interp

import (
	"testing"
)

// Programs of the classes the probe-p corpus (errors_layers, conc_det,
// generic_ds, embed_promote, runtime_panics) found, run whole and split
// into notebook cells; want is what go run printed.

type probePProgram = fidProgram

var probePPrograms = []probePProgram{
	{name: "three-index slices out of range recover Go's run-time error", src: `package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	s := make([]int, 3, 5)
	var a [4]int
	n, m, k := 6, -1, 2
	try("max>cap", func() { _ = s[0:2:n] })
	try("max<0", func() { _ = s[0:0:m] })
	try("hi>max", func() { _ = s[:4:k+1] })
	try("lo>hi", func() { _ = s[k+1:k:4] })
	try("lo<0", func() { _ = s[m:1:2] })
	try("arr", func() { _ = a[1:2:n] })
	try("ptr arr", func() { p := &a; _ = p[1:2:n] })
	try("ok", func() { fmt.Println(len(s[1:2:n-1]), cap(s[1:2:n-1])) })
}
`,
		want: `max>cap runtime error: slice bounds out of range [::6] with capacity 5
max<0 runtime error: slice bounds out of range [::-1]
hi>max runtime error: slice bounds out of range [:4:3]
lo>hi runtime error: slice bounds out of range [3:2:]
lo<0 runtime error: slice bounds out of range [-1::]
arr runtime error: slice bounds out of range [::6] with length 4
ptr arr runtime error: slice bounds out of range [::6] with length 4
1 4
ok <nil>
`},
	{name: "make with a bad size and a call of a nil func recover Go's run-time errors", src: `package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, ok := r.(interface{ RuntimeError() })
		fmt.Println(name, r, ok)
	}()
	f()
}

type handler func(string) int

func main() {
	n, c := -1, 2
	try("len", func() { _ = make([]int, n) })
	try("cap<len", func() { _ = make([]int, c+1, c) })
	try("negcap", func() { _ = make([]string, 0, n) })
	try("chan", func() { _ = make(chan int, n) })
	var f func()
	try("nilfunc", func() { f() })
	var h handler
	try("nilnamed", func() { fmt.Println(h("x")) })
	hs := map[string]func() int{}
	try("nilmapfunc", func() { fmt.Println(hs["x"]()) })
}
`,
		want: `len runtime error: makeslice: len out of range true
cap<len runtime error: makeslice: cap out of range true
negcap runtime error: makeslice: cap out of range true
chan makechan: size out of range true
nilfunc runtime error: invalid memory address or nil pointer dereference true
nilnamed runtime error: invalid memory address or nil pointer dereference true
nilmapfunc runtime error: invalid memory address or nil pointer dereference true
`},
	{name: "failed single-valued assertions to interfaces panic with Go's message", src: `package main

import (
	"fmt"
	"io"
	"strings"
)

type Shape interface{ Area() float64 }
type Namer interface{ Name() string }

type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

type Circle struct{ R float64 }

func (c *Circle) Area() float64  { return 3 * c.R * c.R }
func (c *Circle) String() string { return fmt.Sprintf("circle(%g)", c.R) }

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(interface{ RuntimeError() })
		fmt.Println(name, "->", r, isRT)
	}()
	f()
}

func describe(s Shape) string {
	return s.(fmt.Stringer).String()
}

func main() {
	shapes := []Shape{&Circle{1}, Square{2}}
	for _, s := range shapes {
		try("describe", func() { fmt.Println(describe(s)) })
	}
	var sh Shape = Square{3}
	try("to Namer", func() { n := sh.(Namer); fmt.Println("got", n) })
	try("to literal", func() { _ = sh.(interface{ Perimeter() float64 }) })
	try("to error", func() { err := sh.(error); fmt.Println(err) })
	var x any = Square{1}
	try("any to Shape ok", func() { fmt.Println(x.(Shape).Area()) })
	try("any to Namer", func() { _ = x.(Namer) })
	try("any to Stringer", func() { fmt.Println(x.(fmt.Stringer)) })
	var r io.Reader = strings.NewReader("abc")
	try("reader to Writer", func() { _ = r.(io.Writer) })
	try("reader to WriterTo", func() { n, _ := r.(io.WriterTo).WriteTo(io.Discard); fmt.Println(n) })
	if _, ok := sh.(fmt.Stringer); !ok {
		fmt.Println("comma-ok still false")
	}
}
`,
		want: `circle(1)
describe -> <nil> false
describe -> interface conversion: main.Square is not fmt.Stringer: missing method String true
to Namer -> interface conversion: main.Square is not main.Namer: missing method Name true
to literal -> interface conversion: main.Square is not interface { Perimeter() float64 }: missing method Perimeter true
to error -> interface conversion: main.Square is not error: missing method Error true
1
any to Shape ok -> <nil> false
any to Namer -> interface conversion: main.Square is not main.Namer: missing method Name true
any to Stringer -> interface conversion: main.Square is not fmt.Stringer: missing method String true
reader to Writer -> interface conversion: *strings.Reader is not io.Writer: missing method Write true
3
reader to WriterTo -> <nil> false
comma-ok still false
`},
	{name: "a struct value embedding error keeps its type for errors.As, assertions and type switches", src: `package main

import (
	"errors"
	"fmt"
	"io/fs"
)

// StatusError adds an HTTP status to any error by embedding it.
type StatusError struct {
	error
	Status int
}

type Labeled struct {
	fmt.Stringer
	Label string
}

type name string

func (n name) String() string { return "name:" + string(n) }

func lookup(key string) error {
	switch key {
	case "missing":
		return StatusError{fs.ErrNotExist, 404}
	case "wrapped":
		return fmt.Errorf("lookup %q: %w", key, StatusError{errors.New("teapot"), 418})
	}
	return nil
}

func main() {
	for _, k := range []string{"ok", "missing", "wrapped"} {
		err := lookup(k)
		var se StatusError
		if errors.As(err, &se) {
			fmt.Println(k, "status", se.Status, "inner:", se.error)
		} else {
			fmt.Println(k, "no status", err)
		}
		if st, ok := err.(StatusError); ok {
			fmt.Println("  direct:", st.Status, st.Error())
		}
		switch e := err.(type) {
		case nil:
			fmt.Println("  nil")
		case StatusError:
			fmt.Println("  case StatusError", e.Status)
		default:
			fmt.Printf("  default %T\n", e)
		}
	}
	var s fmt.Stringer = Labeled{name("ann"), "user"}
	if l, ok := s.(Labeled); ok {
		fmt.Println(l.Label, l.String(), s)
	}
	fmt.Printf("%T %v\n", s, s)
}
`,
		want: `ok no status <nil>
  nil
missing status 404 inner: file does not exist
  direct: 404 file does not exist
  case StatusError 404
wrapped status 418 inner: teapot
  default *fmt.wrapError
user name:ann name:ann
main.Labeled name:ann
`},
	{name: "failed assertions to concrete types name the interface as Go does", src: `package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type Animal interface{ Sound() string }

type Dog struct{ Name string }

func (d Dog) Sound() string { return "woof" }

type Cat struct{ Name string }

func (c *Cat) Sound() string { return "meow" }

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

func catch(label string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: %v\n", label, r)
		}
	}()
	f()
}

func main() {
	zoo := []Animal{Dog{"rex"}, &Cat{"tom"}, nil}
	for i, a := range zoo {
		catch(fmt.Sprint("dog ", i), func() { fmt.Println("dog:", a.(Dog).Name) })
		catch(fmt.Sprint("cat ", i), func() { fmt.Println("cat:", a.(*Cat).Name) })
	}
	var r io.Reader = strings.NewReader("data")
	catch("reader", func() { _ = r.(*bytes.Buffer) })
	fmt.Println(r.(*strings.Reader).Len())
	var err error = errors.New("plain")
	catch("error", func() { fmt.Println(err.(*NotFound).Key) })
	err = &NotFound{"k"}
	fmt.Println(err.(*NotFound).Key)
	var s fmt.Stringer
	catch("nil stringer", func() { _ = s.(*strings.Builder) })
}
`,
		want: `dog: rex
cat 0: interface conversion: main.Animal is main.Dog, not *main.Cat
dog 1: interface conversion: main.Animal is *main.Cat, not main.Dog
cat: tom
dog 2: interface conversion: main.Animal is nil, not main.Dog
cat 2: interface conversion: main.Animal is nil, not *main.Cat
reader: interface conversion: io.Reader is *strings.Reader, not *bytes.Buffer
4
error: interface conversion: error is *errors.errorString, not *main.NotFound
k
nil stringer: interface conversion: fmt.Stringer is nil, not *strings.Builder
`},
	{name: "byte slices of constant strings have Go's capacity, so appends to them do not share an array", src: `package main

import "fmt"

const greeting = "hello"


func main() {
	a := []byte("abc")
	b := append(a, 'd')
	c := append(a, 'e')
	fmt.Println(string(b), string(c), len(a), cap(a))
	e := []byte("")
	fmt.Println(len(e), cap(e), e == nil)
	g := []byte(greeting + "!")
	fmt.Println(cap(g))
	fmt.Println(cap([]byte("abc")[1:]))
	s := "dyn"
	d := []byte(s)
	d2 := append(d, '1')
	d3 := append(d, '2')
	fmt.Println(string(d2), string(d3))
}
`,
		want: `abcd abce 3 3
0 0 false
6
2
dyn2 dyn2
`},
	{name: "deferred calls of closures kept in slices, elements and fields run (they deadlocked)", src: `package main

import "fmt"

type Job struct {
	Name    string
	Cleanup func()
}

func runAll(names []string) {
	var undo []func()
	for _, n := range names {
		undo = append(undo, func() { fmt.Println("undo", n) })
	}
	for _, u := range undo {
		defer u()
	}
	fmt.Println("ran", len(names))
}

func indexed() {
	steps := []func(){
		func() { fmt.Println("step 0 undone") },
		func() { fmt.Println("step 1 undone") },
	}
	for i := range steps {
		defer steps[i]()
	}
	fmt.Println("steps done")
}

func fields() {
	jobs := []Job{{"a", nil}, {"b", nil}}
	for i := range jobs {
		name := jobs[i].Name
		jobs[i].Cleanup = func() { fmt.Println("cleanup", name) }
	}
	for _, j := range jobs {
		defer j.Cleanup()
	}
	m := map[string]func(){"x": func() { fmt.Println("map func") }}
	defer m["x"]()
	fmt.Println("fields set")
}

func main() {
	runAll([]string{"create", "migrate", "seed"})
	indexed()
	fields()
	fmt.Println("end")
}
`,
		want: `ran 3
undo seed
undo migrate
undo create
steps done
step 1 undone
step 0 undone
fields set
map func
cleanup b
cleanup a
end
`},
	{name: "assignments of several values to interface variables at a cell's top level", src: `package main

import "fmt"

type Shape interface{ Area() float64 }

type Square struct{ S float64 }

func (s *Square) Area() float64 { return s.S * s.S }

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return 3 * c.R * c.R }

func main() {
	sq1, sq2 := &Square{1}, &Square{2}
	var a, b Shape = sq1, sq2
	fmt.Println(a.Area(), b.Area(), a == Shape(sq1))

	a, b = b, a
	fmt.Println(a.Area(), b.Area())

	var c, d Shape = sq1, Circle{1}
	fmt.Println(c.Area(), d.Area())

	c, d = Circle{2}, sq2
	fmt.Printf("%T %T %v %v\n", c, d, c.Area(), d.Area())

	var first, second Shape
	first, second = sq2, nil
	fmt.Println(first.Area(), second == nil)
}
`,
		want: `1 4 true
4 1
1 3
main.Circle *main.Square 12 4
4 true
`},
	{name: "type aliases declared in a function body", src: `package main

import (
	"fmt"
	"sort"
)

type Point struct{ X, Y int }

func main() {
	type pair = struct {
		Key   string
		Count int
	}
	type points = []Point
	type counter = map[string]int
	c := counter{"b": 2, "a": 5, "c": 1}
	var ps []pair
	for k, v := range c {
		ps = append(ps, pair{k, v})
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].Count > ps[j].Count })
	fmt.Println(ps)
	var pts points = points{{1, 2}, {3, 4}}
	pts = append(pts, Point{5, 6})
	fmt.Printf("%v %d\n", pts, len(pts))
	x := pair{"z", 9}
	y := struct {
		Key   string
		Count int
	}{"z", 9}
	fmt.Println(x == y)
}
`,
		want: `[{a 5} {b 2} {c 1}]
[{1 2} {3 4} {5 6}] 3
true
`},
}

func TestFidProbePPrograms(t *testing.T) { runFidPrograms(t, probePPrograms) }
