package interp

import "testing"

// lead5Programs are the lead's class programs of stop 25, each run whole
// and split (runFidPrograms).
var lead5Programs = []fidProgram{
	// A template that prints a method's result of a cell's type over a
	// basic type with String, Error or Format: as an action's value, as
	// printf's and println's arguments, piped into printf, through an
	// embedded field's promoted method, a pointer method on a slice's
	// element, a (value, error) method, and in html/template.
	{name: "template_shown_results", src: `package main

import (
	"fmt"
	htmpl "html/template"
	"os"
	"text/template"
)

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Level int

func (l Level) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "L<%d>", int(l)) }

type Code string

func (c Code) Error() string { return "code " + string(c) + " & more" }

type Base struct{ Cents int64 }

func (b Base) Price() Money { return Money(b.Cents) }

type Item struct {
	Base
	Name string
}

func (i Item) Lvl() Level           { return Level(len(i.Name)) }
func (i Item) Err() Code            { return Code(i.Name) }
func (i *Item) Twice() Money        { return Money(2 * i.Cents) }
func (i Item) Pair() (Money, error) { return Money(i.Cents + 1), nil }

func main() {
	t := template.Must(template.New("t").Parse("{{.Price}}|{{printf \"%d %8v %q %x\" .Price .Price .Price .Price}}|{{.Price | printf \"<%s>\"}}|{{println .Lvl .Err}}|{{.Pair}}|{{println .Name .Price}}"))
	it := Item{Base{1234}, "abc"}
	if err := t.Execute(os.Stdout, it); err != nil {
		fmt.Println(err)
	}
	t2 := template.Must(template.New("t2").Parse("{{range .}}{{.Twice}} {{.Price}};{{end}}\n"))
	t2.Execute(os.Stdout, []Item{it, {Base{5}, "z"}})
	h := htmpl.Must(htmpl.New("h").Parse("<b>{{.Err}}</b> {{.Price}}\n"))
	h.Execute(os.Stdout, it)
}
`, want: "$12.34|1234   $12.34 \"$12.34\" 2431322e3334|<$12.34>|L<3> code abc & more\n|$12.35|abc $12.34\n$24.68 $12.34;$0.10 $0.05;\n<b>code abc &amp; more</b> $12.34\n"},
	// Where the template uses such a result otherwise ({{if .Price}}),
	// gopad refuses the call; a program that ignores Execute's error
	// would go on with the template's output cut short, so the cell
	// stops.
	{name: "template_refusal_ignored", src: `package main

import (
	"fmt"
	"os"
	"text/template"
)

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Item struct{ Cents int64 }

func (i Item) Price() Money { return Money(i.Cents) }

func main() {
	t := template.Must(template.New("t").Parse("{{if .Price}}yes{{end}}\n"))
	t.Execute(os.Stdout, Item{250})
	fmt.Println("done")
}
`, want: "yes\ndone\n",
		refusal: "template: t:1:5: executing \"t\" at <.Price>: gopad cannot call main.Item.Price through reflect"},
	// A handler that recovers every panic does not swallow gopad's
	// refusal: the program would go on past an answer gopad cannot give.
	{name: "recover_refusal", src: `package main

import (
	"fmt"
	"reflect"
)

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Item struct{ Cents int64 }

func (i Item) Price() Money { return Money(i.Cents) }

func safe(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	f()
}

func main() {
	safe(func() { panic("boom") })
	safe(func() {
		m := reflect.ValueOf(Item{5}).MethodByName("Price")
		fmt.Println(m.Call(nil)[0])
	})
	fmt.Println("end")
}
`, want: "recovered: boom\n$0.05\nend\n",
		refusal: "gopad cannot call main.Item.Price through reflect"},
	// A struct printed through its fields' String methods, with a field
	// of a cell's slice type whose only method is on the pointer: it
	// reached fmt as yaegi's pair of node and value.
	{name: "struct_kept_field", src: `package main

import "fmt"

type listFlag []string

func (l *listFlag) String() string { return fmt.Sprint(len(*l)) }

type valFlag []string

func (l valFlag) String() string { return fmt.Sprint("v", len(l)) }

type Circle struct{ R int }

func (c Circle) String() string { return fmt.Sprint("circle", c.R) }

type Shape interface{ Area() int }

type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

type Exp struct {
	N    int
	Tags listFlag
	V    valFlag
	S    fmt.Stringer
	A    any
	B    any
	Sh   Shape
	L    []listFlag
	M    map[string]valFlag
}

func main() {
	e := Exp{1, listFlag{"x"}, valFlag{"y", "z"}, Circle{2}, valFlag{"q"}, listFlag{"r"}, Sq{3}, []listFlag{{"a"}}, map[string]valFlag{"k": {"1"}}}
	fmt.Println(e)
	fmt.Printf("%+v\n", e)
	fmt.Println(&e)
}
`, want: "{1 [x] v2 circle2 v1 [r] {3} [[a]] map[k:v1]}\n{N:1 Tags:[x] V:v2 S:circle2 A:v1 B:[r] Sh:{S:3} L:[[a]] M:map[k:v1]}\n&{1 [x] v2 circle2 v1 [r] {3} [[a]] map[k:v1]}\n"},
	// Unexported fields of cell slice and map types and of time.Duration,
	// printed with %v and %+v, through slices, maps, nested structs, a
	// pointer and an any: fmt calls no method of an unexported field,
	// and yaegi exports them under another name.
	{name: "struct_hidden_fields", src: `package main

import (
	"fmt"
	"time"
)

type listFlag []string

func (l *listFlag) String() string { return fmt.Sprint(len(*l)) }

type counts map[string]int

func (c counts) Total() int {
	t := 0
	for _, v := range c {
		t += v
	}
	return t
}

type options struct {
	wait time.Duration
	tags listFlag
	c    counts
}

type Outer struct {
	Name string
	Opt  options
	D    time.Duration
}

func main() {
	o := options{time.Second, listFlag{"a"}, counts{"x": 1}}
	fmt.Printf("%v|%+v\n", o, o)
	fmt.Println([]options{o}, map[string]options{"k": o})
	out := Outer{"n", o, time.Minute}
	fmt.Printf("%v|%+v\n", out, &out)
	fmt.Println([]any{o.tags, o.c}, o.c.Total())
	fmt.Printf("%v %s\n", o.tags, []listFlag{o.tags})
	var a any = o
	fmt.Println(a)
	fmt.Printf("%+v\n", a)
}
`, want: "{1000000000 [a] map[x:1]}|{wait:1000000000 tags:[a] c:map[x:1]}\n[{1000000000 [a] map[x:1]}] map[k:{1000000000 [a] map[x:1]}]\n{n {1000000000 [a] map[x:1]} 1m0s}|&{Name:n Opt:{wait:1000000000 tags:[a] c:map[x:1]} D:1m0s}\n[[a] map[x:1]] 1\n[a] [[a]]\n{1000000000 [a] map[x:1]}\n{wait:1000000000 tags:[a] c:map[x:1]}\n"},
	// The same with %+v of a slice and a map of such structs, a nested
	// struct and array, Sprintf, log and Errorf, and an []any spread.
	{name: "struct_hidden_fields_containers", src: `package main

import (
	"fmt"
	"log"
	"os"
	"time"
)

type job struct {
	name    string
	timeout time.Duration

	Retry time.Duration
}

type wrapper struct {
	J   job
	Jp  *job
	Arr [2]job
}

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	j := job{"a", 2 * time.Second, time.Minute}
	js := []job{j, {name: "b"}}
	fmt.Printf("%+v\n", js)
	fmt.Printf("%v\n", map[string]job{"k": j})
	fmt.Printf("%+v\n", map[string]job{"k": j})
	w := wrapper{J: j}
	fmt.Printf("%+v\n", w)
	fmt.Printf("%v\n", w.Arr)
	s := fmt.Sprintf("%v|%+v", j, &j)
	fmt.Println(s)
	log.Printf("job %v", j)
	log.Println(j, &j)
	err := fmt.Errorf("failed %+v", j)
	fmt.Println(err)
	var xs []any = []any{j, js[1]}
	fmt.Println(xs...)
	fmt.Printf("%+v\n", xs)
}
`, want: "[{name:a timeout:2000000000 Retry:1m0s} {name:b timeout:0 Retry:0s}]\nmap[k:{a 2000000000 1m0s}]\nmap[k:{name:a timeout:2000000000 Retry:1m0s}]\n{J:{name:a timeout:2000000000 Retry:1m0s} Jp:<nil> Arr:[{name: timeout:0 Retry:0s} {name: timeout:0 Retry:0s}]}\n[{ 0 0s} { 0 0s}]\n{a 2000000000 1m0s}|&{name:a timeout:2000000000 Retry:1m0s}\njob {a 2000000000 1m0s}\n{a 2000000000 1m0s} &{a 2000000000 1m0s}\nfailed {name:a timeout:2000000000 Retry:1m0s}\n{a 2000000000 1m0s} {b 0 0s}\n[{name:a timeout:2000000000 Retry:1m0s} {name:b timeout:0 Retry:0s}]\n"},
	// A value of a cell's interface holding a struct whose field has
	// String (Circle{Center Point}), where another implementer has String
	// of its own, or printed inside a function (main, whole).
	{name: "iface_struct_fields_shown", src: `package main

import "fmt"

type Point struct{ X, Y float64 }

func (p Point) String() string { return fmt.Sprintf("(%.1f,%.1f)", p.X, p.Y) }

type Shape interface{ Area() float64 }

type Circle struct {
	Center Point
	R      float64
}

func (c Circle) Area() float64 { return c.R }

type Tri struct{ A float64 }

func (t Tri) Area() float64   { return t.A }
func (t Tri) String() string { return "tri" }

type Sq struct{ S float64 }

func (s *Sq) Area() float64 { return s.S }

func main() {
	shapes := []Shape{Circle{Point{0, 0}, 1}, Tri{2}, &Sq{3}}
	fmt.Println(shapes[0], shapes[1])
	fmt.Printf("%v %v\n", shapes[0], shapes[1])
	fmt.Println(shapes[:2])
	for _, s := range shapes {
		fmt.Print(s, ";")
	}
	fmt.Println()
}
`, want: "{(0.0,0.0) 1} tri\n{(0.0,0.0) 1} tri\n[{(0.0,0.0) 1} tri]\n{(0.0,0.0) 1};tri;&{3};\n"},
	// The same through a pointer implementer (&{(0,0) (5,5)}), a map's
	// values printed in a method, a call's result, a struct field of the
	// interface type, %+v and %s, and a function literal.
	{name: "iface_struct_fields_shown_more", src: `package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Shape interface{ Area() int }

type Circle struct {
	Center Point
	R      int
}

func (c Circle) Area() int { return 3 * c.R * c.R }

type Box struct {
	Min, Max Point
}

func (b *Box) Area() int { return (b.Max.X - b.Min.X) * (b.Max.Y - b.Min.Y) }

type Named struct {
	Name  string
	Shape Shape
}

type Canvas struct {
	shapes map[string]Shape
}

func (c *Canvas) Dump() string {
	var sb strings.Builder
	for _, k := range []string{"a", "b"} {
		fmt.Fprintf(&sb, "%s=%v;", k, c.shapes[k])
	}
	return sb.String()
}

func makeShape(big bool) Shape {
	if big {
		return &Box{Point{0, 0}, Point{5, 5}}
	}
	return Circle{Point{1, 2}, 3}
}

func main() {
	c := &Canvas{shapes: map[string]Shape{"a": Circle{Point{1, 1}, 1}, "b": &Box{Point{0, 0}, Point{2, 3}}}}
	fmt.Println(c.Dump())
	fmt.Println(makeShape(false))
	fmt.Println(makeShape(true))
	fmt.Printf("%+v|%v|%s\n", makeShape(false), makeShape(false), makeShape(false))
	n := Named{"n", Circle{Point{4, 4}, 2}}
	fmt.Println(n)
	fmt.Printf("%+v\n", n)
	ns := []Named{n, {"m", Circle{}}}
	fmt.Println(ns)
	var any1 any = Circle{Point{7, 7}, 7}
	fmt.Println(any1)
	str := fmt.Sprint(c.shapes["a"])
	fmt.Println(str, len(str))
	func() {
		var s Shape = Circle{Point{9, 9}, 9}
		fmt.Println("inner", s)
	}()
}
`, want: "a={(1,1) 1};b=&{(0,0) (2,3)};\n{(1,2) 3}\n&{(0,0) (5,5)}\n{Center:(1,2) R:3}|{(1,2) 3}|{(1,2) %!s(int=3)}\n{n {(4,4) 2}}\n{Name:n Shape:{Center:(4,4) R:2}}\n[{n {(4,4) 2}} {m {(0,0) 0}}]\n{(7,7) 7}\n{(1,1) 1} 9\ninner {(9,9) 9}\n"},
	// Maps whose keys are structs or arrays with String, or structs whose
	// fields have it: the keys print through it, in fmt's order (field by
	// field, element by element), at the top level, as a struct's field,
	// with %+v, and nested in another map.
	{name: "map_struct_keys_shown", src: `package main

import (
	"fmt"
	"sort"
)

type Coord struct{ R, C int }

func (c Coord) String() string { return fmt.Sprintf("r%dc%d", c.R, c.C) }

type Cell rune

func (c Cell) String() string { return string(c) }

type Grid struct {
	Cells [2][3]Cell
	Start Coord
	Marks map[Coord]bool
}

type Piece struct {
	*Coord
	Kind string
}

type Move struct {
	From, To Coord
	Capture  *Piece
}

type Board struct {
	pieces map[Coord]Piece
	moves  []Move
}

func main() {
	g := Grid{Cells: [2][3]Cell{{'#', '.', '#'}, {'.', '.', '@'}}, Start: Coord{1, 2}, Marks: map[Coord]bool{{0, 1}: true, {1, 0}: false}}
	fmt.Println(g)
	fmt.Printf("%+v\n", g)
	fmt.Println(g.Cells[1], g.Marks)
	p := Piece{&Coord{2, 2}, "knight"}
	fmt.Println(p)
	fmt.Printf("%v %s\n", p.Coord, p)
	m := Move{Coord{0, 0}, Coord{1, 2}, &p}
	fmt.Println(m.From, m.To, m.Capture.Kind)
	fmt.Printf("%v\n", Move{From: Coord{3, 3}})
	b := Board{pieces: map[Coord]Piece{{0, 0}: {nil, "rook"}}}
	b.moves = append(b.moves, Move{From: Coord{0, 0}, To: Coord{0, 5}})
	fmt.Println(b.moves, len(b.pieces))
	counts := map[Cell]int{}
	for _, row := range g.Cells {
		for _, c := range row {
			counts[c]++
		}
	}
	fmt.Println(counts)
	keys := make([]Cell, 0)
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	fmt.Println(keys, string(keys[0]), keys[0] == '#')
	grid := [][]Cell{{'a', 'b'}, {'c'}}
	fmt.Println(grid, len(grid[1]))
	fmt.Printf("%c %v %d %q\n", g.Cells[0][0], g.Cells[0][0], g.Cells[0][0], g.Cells[0][0])
}
`, want: "{[[# . #] [. . @]] r1c2 map[r0c1:true r1c0:false]}\n{Cells:[[# . #] [. . @]] Start:r1c2 Marks:map[r0c1:true r1c0:false]}\n[. . @] map[r0c1:true r1c0:false]\nr2c2\nr2c2 r2c2\nr0c0 r1c2 knight\n{r3c3 r0c0 <nil>}\n[{r0c0 r0c5 <nil>}] 1\nmap[#:2 .:3 @:1]\n[# . @] # true\n[[a b] [c]] 1\n# # 35 \"#\"\n"},
	{name: "map_struct_keys_shown_more", src: `package main

import "fmt"

type Coord struct{ R, C int }

func (c Coord) String() string { return fmt.Sprintf("<%d,%d>", c.R, c.C) }

type Edge struct{ From, To Coord }

type Plain struct {
	X int
	S string
}

type Dir [2]int

func (d Dir) String() string { return fmt.Sprintf("d%d%d", d[0], d[1]) }

type Graph struct {
	adj map[Coord][]Coord
}

func main() {
	m1 := map[Coord]Coord{{2, 1}: {0, 0}, {1, 5}: {1, 1}, {1, 2}: {2, 2}}
	fmt.Println(m1)
	m2 := map[Edge]int{{Coord{1, 1}, Coord{0, 0}}: 3, {Coord{0, 9}, Coord{1, 1}}: 4}
	fmt.Println(m2)
	fmt.Printf("%+v\n", m2)
	m3 := map[Plain]bool{{2, "b"}: true, {1, "z"}: false, {1, "a"}: true}
	fmt.Println(m3)
	m4 := map[Dir]string{{1, 0}: "down", {0, 1}: "right", {-1, 0}: "up"}
	fmt.Println(m4)
	g := Graph{adj: map[Coord][]Coord{{0, 0}: {{0, 1}, {1, 0}}, {0, 1}: {{0, 0}}}}
	fmt.Println(g.adj)
	fmt.Printf("%v\n", g)
	seen := map[Coord]struct{}{{3, 3}: {}, {0, 4}: {}}
	fmt.Println(seen, len(seen))
	dist := map[Coord]int{}
	for r := 0; r < 2; r++ {
		for c := 0; c < 2; c++ {
			dist[Coord{r, c}] = r + c
		}
	}
	fmt.Println(dist)
	nested := map[string]map[Coord]bool{"a": {{1, 1}: true, {0, 2}: false}}
	fmt.Println(nested)
}
`, want: "map[<1,2>:<2,2> <1,5>:<1,1> <2,1>:<0,0>]\nmap[{<0,9> <1,1>}:4 {<1,1> <0,0>}:3]\nmap[{From:<0,9> To:<1,1>}:4 {From:<1,1> To:<0,0>}:3]\nmap[{1 a}:true {1 z}:false {2 b}:true]\nmap[d-10:up d01:right d10:down]\nmap[<0,0>:[<0,1> <1,0>] <0,1>:[<0,0>]]\n{map[{0 0}:[{0 1} {1 0}] {0 1}:[{0 0}]]}\nmap[<0,4>:{} <3,3>:{}] 2\nmap[<0,0>:0 <0,1>:1 <1,0>:1 <1,1>:2]\nmap[a:map[<0,2>:false <1,1>:true]]\n"},
	// Iterators over cell types through slices, maps and iter: a standard
	// iterator of a cell's basic type handed to iter.Pull, which gopad
	// writes out in the cell.
	{name: "iterators_cell_types", src: `package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Reading struct {
	City string
	T    Temp
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Window[T any](s []T, n int) iter.Seq2[int, []T] {
	return func(yield func(int, []T) bool) {
		for i := 0; i+n <= len(s); i++ {
			if !yield(i, s[i:i+n]) {
				return
			}
		}
	}
}

func main() {
	rs := []Reading{{"Oslo", 4.5}, {"Rome", 18.25}, {"Lima", 19}, {"Oslo", 6}}
	warm := slices.Collect(Filter(slices.Values(rs), func(r Reading) bool { return r.T > 10 }))
	fmt.Println(warm)
	temps := slices.Collect(Map(slices.Values(rs), func(r Reading) Temp { return r.T }))
	fmt.Println(temps, slices.Max(temps))
	byCity := map[string][]Temp{}
	for _, r := range rs {
		byCity[r.City] = append(byCity[r.City], r.T)
	}
	for _, c := range slices.Sorted(maps.Keys(byCity)) {
		fmt.Println(c, byCity[c])
	}
	for i, w := range Window(temps, 2) {
		fmt.Println(i, w)
	}
	next, stop := iter.Pull(slices.Values(temps))
	defer stop()
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	upper := slices.Collect(Map(strings.SplitSeq("a,b,c", ","), strings.ToUpper))
	fmt.Printf("%q\n", upper)
	idx := slices.IndexFunc(rs, func(r Reading) bool { return r.City == "Lima" })
	fmt.Println(idx, rs[idx])
	for k, v := range maps.All(map[Temp]string{1: "a"}) {
		fmt.Println(k, v)
	}
	chunks := slices.Collect(slices.Chunk([]Temp{1, 2, 3}, 2))
	fmt.Println(chunks, len(chunks))
}
`, want: "[{Rome 18.2°} {Lima 19.0°}]\n[4.5° 18.2° 19.0° 6.0°] 19.0°\nLima [19.0°]\nOslo [4.5° 6.0°]\nRome [18.2°]\n0 [4.5° 18.2°]\n1 [18.2° 19.0°]\n2 [19.0° 6.0°]\n4.5° 18.2° 19.0° 6.0° \n[\"A\" \"B\" \"C\"]\n2 {Lima 19.0°}\n1.0° a\n[[1.0° 2.0°] [3.0°]] 2\n"},
	// A struct type with a field of a type with String, printed through
	// fields, slices, maps, arrays, interfaces (a cell's, fmt.Stringer,
	// any), Print, Sprint, log, Errorf, a variadic []any, a closure, a
	// goroutine and a type local to main.
	{name: "nested_stringer_fields", src: `package main

import (
	"fmt"
	"log"
	"os"
)

type Unit int

func (u Unit) String() string { return fmt.Sprintf("u%d", int(u)) }

type Inner struct {
	U Unit
	N int
}

type Outer struct {
	In  Inner
	P   *Inner
	S   []Inner
	M   map[string]Inner
	Arr [2]Unit
	I   fmt.Stringer
	A   any
}

type Shower interface{ Show() string }

func (i Inner) Show() string { return "show" }
func (o Outer) Show() string { return "oshow" }

type Wrap struct {
	Sh Shower
}

func emit(label string, vs ...any) {
	fmt.Println(label, vs)
	fmt.Printf("%s %v|%+v\n", label, vs, vs)
}

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	in := Inner{3, 4}
	o := Outer{In: in, S: []Inner{in}, M: map[string]Inner{"k": in}, Arr: [2]Unit{1, 2}, I: Unit(9), A: in}
	fmt.Println(in, o)
	fmt.Printf("%v|%+v|%s\n", o, o, in)
	fmt.Print(in, o, "\n")
	fmt.Println(fmt.Sprint(in), fmt.Sprintf("%v", o.S), fmt.Sprintln(o.M))
	log.Println(in, o.Arr)
	log.Printf("%v %+v", o.A, o.I)
	err := fmt.Errorf("bad %v", in)
	fmt.Println(err)
	emit("emit", in, o.S, o.M)
	var sh Shower = in
	var sh2 Shower = o
	fmt.Println(sh, sh2)
	fmt.Printf("%v %+v\n", sh, sh2)
	ws := []Wrap{{in}, {o}}
	fmt.Println(ws)
	fmt.Printf("%+v\n", ws)
	ms := map[Unit]Shower{1: in, 2: o}
	fmt.Println(ms)
	func() {
		fmt.Println("closure", in, []Shower{in})
	}()
	done := make(chan bool)
	go func() {
		fmt.Println("goroutine", in, o.M)
		done <- true
	}()
	<-done
	ptrs := []*Inner{&in}
	fmt.Println(len(ptrs), *ptrs[0])
	type local struct {
		X Unit
		Y Inner
	}
	fmt.Println(local{5, in}, []local{{6, in}})
	fmt.Printf("%+v\n", []any{in, Unit(8)})
}
`, want: "{u3 4} {{u3 4} <nil> [{u3 4}] map[k:{u3 4}] [u1 u2] u9 {u3 4}}\n{{u3 4} <nil> [{u3 4}] map[k:{u3 4}] [u1 u2] u9 {u3 4}}|{In:{U:u3 N:4} P:<nil> S:[{U:u3 N:4}] M:map[k:{U:u3 N:4}] Arr:[u1 u2] I:u9 A:{U:u3 N:4}}|{u3 %!s(int=4)}\n{u3 4} {{u3 4} <nil> [{u3 4}] map[k:{u3 4}] [u1 u2] u9 {u3 4}}\n{u3 4} [{u3 4}] map[k:{u3 4}]\n\n{u3 4} [u1 u2]\n{u3 4} u9\nbad {u3 4}\nemit [{u3 4} [{u3 4}] map[k:{u3 4}]]\nemit [{u3 4} [{u3 4}] map[k:{u3 4}]]|[{U:u3 N:4} [{U:u3 N:4}] map[k:{U:u3 N:4}]]\n{u3 4} {{u3 4} <nil> [{u3 4}] map[k:{u3 4}] [u1 u2] u9 {u3 4}}\n{u3 4} {In:{U:u3 N:4} P:<nil> S:[{U:u3 N:4}] M:map[k:{U:u3 N:4}] Arr:[u1 u2] I:u9 A:{U:u3 N:4}}\n[{{u3 4}} {{{u3 4} <nil> [{u3 4}] map[k:{u3 4}] [u1 u2] u9 {u3 4}}}]\n[{Sh:{U:u3 N:4}} {Sh:{In:{U:u3 N:4} P:<nil> S:[{U:u3 N:4}] M:map[k:{U:u3 N:4}] Arr:[u1 u2] I:u9 A:{U:u3 N:4}}}]\nmap[u1:{u3 4} u2:{{u3 4} <nil> [{u3 4}] map[k:{u3 4}] [u1 u2] u9 {u3 4}}]\nclosure {u3 4} [{u3 4}]\ngoroutine {u3 4} map[k:{u3 4}]\n1 {u3 4}\n{u5 {u3 4}} [{u6 {u3 4}}]\n[{U:u3 N:4} u8]\n"},
	// A slice of a type with String and MarshalJSON inside a
	// map[string]any handed to json.Marshal: encoding's view of it and
	// the mark that keeps its printing both wrap it.
	{name: "json_marked_slice", src: `package main

import (
	"encoding/json"
	"fmt"
)

type Status int

var names = []string{"pending", "paid"}

func (s Status) String() string               { return names[s] }
func (s Status) MarshalJSON() ([]byte, error) { return json.Marshal(s.String()) }

func main() {
	b, err := json.Marshal(map[string]any{"count": 2, "statuses": []Status{0, 1}, "byName": map[string]Status{"a": 1}})
	fmt.Println(string(b), err)
	fmt.Println([]Status{1, 0})
}
`, want: "{\"byName\":{\"a\":\"paid\"},\"count\":2,\"statuses\":[\"pending\",\"paid\"]} <nil>\n[paid pending]\n"},
	// slog's default logger writes "LEVEL msg k=v" through the log
	// package's logger, with its flags, prefix and output (here stdout),
	// groups and With; after slog.SetDefault with another handler, log's
	// lines go through that handler.
	{name: "slog_default_logger", src: `package main

import (
	"log"
	"log/slog"
	"os"
)

type Temp float64

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	slog.Info("starting", "port", 8080, "name", "my app", "ok", true)
	slog.Debug("hidden")
	slog.Warn("careful", slog.Group("req", "id", 7, "path", "/x y"))
	l := slog.Default().With("svc", "api").WithGroup("g")
	l.Error("failed", "err", os.ErrNotExist, "t", Temp(1.5))
	log.SetPrefix("[app] ")
	slog.Info("prefixed")
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}})))
	slog.Info("text", "k", 1)
	log.Println("plain")
}
`, want: "INFO starting port=8080 name=\"my app\" ok=true\nWARN careful req.id=7 req.path=\"/x y\"\nERROR failed svc=api g.err=\"file does not exist\" g.t=1.5\n[app] INFO prefixed\nlevel=INFO msg=text k=1\nlevel=INFO msg=\"[app] plain\"\n"},
	// Package-level variables of one spec are initialized one at a time
	// in the order of their dependencies, through function bodies
	// (var a, b = g(), 5 with g reading b: b first).
	{name: "init_order_one_spec", src: `package main

import "fmt"

var total = sum(values)

var values = []int{1, 2, 3}

var x = f()
var y = 10

func f() int { return y * 2 }

func sum(v []int) int {
	s := 0
	for _, n := range v {
		s += n
	}
	return s
}

var a, b = g(), 5

func g() int { return b + 1 }

func main() {
	fmt.Println(total, x, y, a, b)
}
`, want: "6 20 10 6 5\n"},
	{name: "init_order_one_spec_grouped", src: `package main

import "fmt"

var a = g()
var b = 5

func g() int { return b + 1 }

var (
	c, d = h(), 7
)

func h() int { return d * 2 }

func main() {
	fmt.Println(a, b, c, d)
}
`, want: "6 5 14 7\n"},
}

func TestFidLead5Programs(t *testing.T) { runFidPrograms(t, lead5Programs) }
