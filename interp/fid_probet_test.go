package interp

import "testing"

// Programs of the classes probe-t's corpus found, run whole and split into
// notebook cells; want is what go run printed.

var probetFmtPrograms = []fidProgram{
	{name: "printf of a slice, map and struct field of an interface mixing types with and without String", src: `package main

import "fmt"

type Animal interface{ Sound() string }

type Dog struct{ Name string }

func (d Dog) Sound() string   { return "woof" }
func (d Dog) String() string  { return "Dog " + d.Name }

type Fish struct{ Fins int }

func (f Fish) Sound() string { return "..." }

type Pen struct {
	Keeper string
	Star   Animal
}

func main() {
	zoo := []Animal{Dog{"rex"}, Fish{3}}
	fmt.Printf("%v\n", zoo)
	fmt.Printf("%s|%-20v|\n", zoo, zoo[1])
	byName := map[string]Animal{"nemo": Fish{2}, "rex": Dog{"rex"}}
	fmt.Printf("%v\n", byName)
	fmt.Println(byName)
	p := Pen{"ann", Fish{4}}
	fmt.Printf("%v %+v\n", p, p)
	fmt.Println(p, []Pen{{"bob", Dog{"fido"}}})
}
`, want: `[Dog rex {3}]
[Dog rex {%!s(int=3)}]|{3                   }|
map[nemo:{2} rex:Dog rex]
map[nemo:{2} rex:Dog rex]
{ann {4}} {Keeper:ann Star:{Fins:4}}
{ann {4}} [{bob Dog fido}]
`},
	{name: "Format methods of values held in an any, a slice of any, a map and an interface", src: `package main

import "fmt"

type Vec struct{ X, Y int }

func (v Vec) Format(f fmt.State, verb rune) {
	if f.Flag('+') {
		fmt.Fprintf(f, "Vec(x=%d, y=%d)", v.X, v.Y)
		return
	}
	fmt.Fprintf(f, "<%d %d>%c", v.X, v.Y, verb)
}

type Thing interface{ Pos() Vec }

func (v Vec) Pos() Vec { return v }

type Named struct {
	Label string
	At    any
}

func main() {
	row := []any{Vec{1, 2}, "x", 3}
	fmt.Println(row)
	fmt.Printf("%v|%+v|%s|%d\n", row, row, row, row)
	m := map[string]any{"a": Vec{3, 4}}
	fmt.Println(m)
	fmt.Printf("%v %d\n", m, m)
	var th Thing = Vec{5, 6}
	things := []Thing{th, Vec{7, 8}}
	fmt.Println(th, things)
	fmt.Printf("%v %+v %d\n", things, things, things)
	fmt.Printf("%v %+v\n", Named{"n", Vec{9, 9}}, Named{"n", Vec{0, 1}})
}
`, want: `[<1 2>v x 3]
[<1 2>v x 3]|[Vec(x=1, y=2) x 3]|[<1 2>s x %!s(int=3)]|[<1 2>d %!d(string=x) 3]
map[a:<3 4>v]
map[a:<3 4>v] map[%!d(string=a):<3 4>d]
<5 6>v [<5 6>v <7 8>v]
[<5 6>v <7 8>v] [Vec(x=5, y=6) Vec(x=7, y=8)] [<5 6>d <7 8>d]
{n <9 9>v} {Label:n At:Vec(x=0, y=1)}
`},
	{name: "numeric verbs of a slice and map of any holding the cells' struct values", src: `package main

import "fmt"

type Pt struct{ X, Y int }

func (p Pt) Norm() int { return p.X*p.X + p.Y*p.Y }

type Grade int

func (g Grade) Pass() bool { return g >= 50 }

func main() {
	vals := []any{Pt{1, 2}, 7, Grade(60)}
	fmt.Printf("%d\n", vals)
	fmt.Printf("%03d|%x\n", vals, vals)
	cfg := map[string]any{"origin": Pt{0, 0}, "n": 5}
	fmt.Printf("%d\n", cfg)
	fmt.Printf("%5.1f\n", []any{2.5, Pt{3, 4}})
}
`, want: `[{1 2} 7 60]
[{001 002} 007 060]|[{1 2} 7 3c]
map[%!d(string=n):5 %!d(string=origin):{0 0}]
[  2.5 {%!f(int=    3) %!f(int=    4)}]
`},
}

func TestFidProbetFmt(t *testing.T) { runFidPrograms(t, probetFmtPrograms) }

var probetIndexPrograms = []fidProgram{
	{name: "recovered index errors on call results, literals and assertions", src: `package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Grid struct{ rows []string }

func (g *Grid) Row(i int) string { return g.rows[i] }
func (g *Grid) Rows() []string   { return g.rows }

func safe(name string, f func() string) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%-8s %v\n", name, r)
		}
	}()
	fmt.Printf("%-8s ok %s\n", name, f())
}

func main() {
	line := "move 3 from"
	g := &Grid{rows: []string{"#.#", "..."}}
	safe("fields", func() string { return strings.Fields(line)[3] })
	safe("split", func() string { return strings.Split(line, " ")[1] })
	safe("cut", func() string { n, _ := strconv.Atoi(strings.Fields(line)[1]); return fmt.Sprint(n * 2) })
	safe("method", func() string { return g.Rows()[2] })
	safe("byte", func() string { return string(g.Row(0)[5]) })
	safe("slice", func() string { return strings.Join(strings.Fields(line)[1:7], ",") })
	safe("literal", func() string { return []string{"x"}[len(line)%3] })
	var v any = []int{1, 2}
	safe("assert", func() string { return fmt.Sprint(v.([]int)[4]) })
	if w := strings.Fields(line); len(w) > 1 && strings.Fields(line)[0] == "move" {
		fmt.Println("cond ok", w[1])
	}
}
`, want: `fields   runtime error: index out of range [3] with length 3
split    ok 3
cut      ok 6
method   runtime error: index out of range [2] with length 2
byte     runtime error: index out of range [5] with length 3
slice    runtime error: slice bounds out of range [:7] with capacity 3
literal  runtime error: index out of range [2] with length 1
assert   runtime error: index out of range [4] with length 2
cond ok 3
`},
	{name: "an uncaught index error on a call result", src: `package main

import (
	"fmt"
	"strings"
)

func parse(s string) string { return strings.Split(s, "=")[1] }

func main() {
	fmt.Println(parse("a=1"))
	fmt.Println(parse("b"))
}
`, want: `1
panic: runtime error: index out of range [1] with length 1

goroutine 1 [running]:
main.parse(...)
	/tmp/pt/want/x/main.go:8
main.main()
	/tmp/pt/want/x/main.go:12 +0x118
exit status 2
`, refusal: "runtime error: index out of range [1] with length 1"},
}

func TestFidProbetIndex(t *testing.T) { runFidPrograms(t, probetIndexPrograms) }

var probetBadVerbPrograms = []fidProgram{
	{name: "verbs a cell type over a basic type does not take name the type", src: `package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Level int
type Label string
type On bool

func main() {
	t := Celsius(21.5)
	fmt.Printf("%d|%6d|%v|%s|%.2f\n", t, t, t, t, t)
	fmt.Printf("%s %f %d\n", Level(3), Level(4), Level(5))
	fmt.Printf("%d %s %x\n", Label("go"), Label("go"), Label("go"))
	fmt.Printf("%d %v %s\n", On(true), On(false), On(true))
	temps := []Celsius{1, 2.5}
	fmt.Printf("%d %v %e\n", temps, temps, temps)
	s := fmt.Sprintf("%d", [2]Level{7, 8})
	fmt.Println(s, fmt.Errorf("bad %d", t))
	var held any = t
	row := []any{Label("x"), t, 4}
	fmt.Printf("%d|%5.1f|%d|%d\n", held, held, row, map[string]any{"t": t})
}
`, want: `%!d(main.Celsius=21.5)|%!d(main.Celsius=  21.5)|21.5°C|21.5°C|21.50
%!s(main.Level=3) %!f(main.Level=4) 5
%!d(main.Label=go) go 676f
%!d(main.On=true) false %!s(main.On=true)
[%!d(main.Celsius=1) %!d(main.Celsius=2.5)] [1.0°C 2.5°C] [1.000000e+00 2.500000e+00]
[7 8] bad %!d(main.Celsius=21.5)
%!d(main.Celsius=21.5)| 21.5|[%!d(main.Label=x) %!d(main.Celsius=21.5) 4]|map[%!d(string=t):%!d(main.Celsius=21.5)]
`},
}

func TestFidProbetBadVerb(t *testing.T) { runFidPrograms(t, probetBadVerbPrograms) }

var probetPlusVPrograms = []fidProgram{
	{name: "plus v of interface values whose type has String or Error", src: `package main

import (
	"errors"
	"fmt"
)

type Item interface{ Price() int }

type Book struct{ Title string }

func (b Book) Price() int      { return 10 }
func (b Book) String() string  { return "Book<" + b.Title + ">" }

type Pen struct{ Color string }

func (p Pen) Price() int { return 2 }

type StockErr struct{ SKU string }

func (e *StockErr) Error() string { return "out of stock: " + e.SKU }

func main() {
	cart := []Item{Book{"Go"}, Pen{"red"}}
	for _, it := range cart {
		fmt.Printf("%+v costs %d\n", it, it.Price())
	}
	var anyItem any = Book{"Rust"}
	var err error = &StockErr{"B-1"}
	fmt.Printf("%+v | %+v | %+v\n", anyItem, err, errors.New("x"))
	fmt.Printf("[%+12v]\n", cart[0])
}
`, want: `Book<Go> costs 10
{Color:red} costs 2
Book<Rust> | out of stock: B-1 | x
[    Book<Go>]
`},
}

func TestFidProbetPlusV(t *testing.T) { runFidPrograms(t, probetPlusVPrograms) }

var probetFuncValuePrograms = []fidProgram{
	{name: "fmt print functions taken as values print the cells' types through their methods", src: `package main

import (
	"fmt"
	"strings"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type City struct{ Name string }

func (c City) String() string { return strings.ToUpper(c.Name) }

func mapAll[T any](xs []T, f func(...any) string) []string {
	var out []string
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	format := fmt.Sprintf
	fmt.Println(format("%v in %s", Temp(21.5), City{"oslo"}))
	fmt.Println(mapAll([]Temp{1, 2.5}, fmt.Sprint))
	fmt.Println(mapAll([]City{{"rome"}}, fmt.Sprintln))
	printer := fmt.Println
	printer(City{"lima"}, Temp(-3))
	wrap := fmt.Errorf
	fmt.Println(wrap("at %v: %w", City{"bern"}, fmt.Errorf("cold")))
}
`, want: `21.5° in OSLO
[1.0° 2.5°]
[ROME
]
LIMA -3.0°
at BERN: cold
`},
}

func TestFidProbetFuncValues(t *testing.T) { runFidPrograms(t, probetFuncValuePrograms) }

var probetMapKeyPrograms = []fidProgram{
	{name: "maps keyed by a cell type over a basic type whose values have String", src: `package main

import "fmt"

type Phase uint8

func (p Phase) String() string { return [...]string{"idle", "busy", "done"}[p] }

type Job string
type Slot int

func main() {
	jobs := map[Job]Phase{"build": 1, "test": 0, "deploy": 2}
	fmt.Println(jobs)
	fmt.Printf("%v\n", map[Slot]Phase{3: 2, -1: 0})
	byPhase := map[Job][]Phase{"a": {0, 1}}
	fmt.Println(byPhase, len(jobs))
}
`, want: `map[build:busy deploy:done test:idle]
map[-1:idle 3:done]
map[a:[idle busy]] 3
`},
}

func TestFidProbetMapKeys(t *testing.T) { runFidPrograms(t, probetMapKeyPrograms) }

var probetInsertPrograms = []fidProgram{
	{name: "slices.Insert shifts in place when the slice has the capacity", src: `package main

import (
	"fmt"
	"slices"
)

type Task struct{ Name string }

func main() {
	buf := make([]int, 3, 8)
	out := slices.Insert(buf, 1, 7, 8)
	out[0] = 5
	fmt.Println(buf, out, len(out), cap(out))
	a := []int{1, 2, 3, 4, 5}
	b := slices.Insert(a[:2], 1, 9)
	fmt.Println(a, b)
	full := []string{"x", "y"}
	grown := slices.Insert(full, 1, "a", "b", "c", "d", "e")
	fmt.Println(full, grown, len(grown), cap(grown))
	ts := []Task{{"b"}}
	ts = slices.Insert(ts, 0, Task{"a"})
	ts = slices.Insert(ts, len(ts), Task{"c"}, Task{"d"})
	fmt.Println(ts, len(ts), cap(ts))
}
`, want: `[5 7 8] [5 7 8 0 0] 5 8
[1 9 2 4 5] [1 9 2]
[x y] [x a b c d e y] 7 7
[{a} {b} {c} {d}] 4 4
`},
	{name: "capacities of slices.Clone, Concat and Grow are append's", src: `package main

import (
	"fmt"
	"slices"
)

func main() {
	for _, n := range []int{1, 3, 5, 9} {
		src := make([]int, n)
		c := slices.Clone(src)
		g := slices.Grow(src[:1:1], n)
		cc := slices.Concat(src, []int{1, 2})
		fmt.Println(n, cap(c), len(g), cap(g), len(cc), cap(cc))
	}
	words := slices.Clone([]string{"a", "b", "c"})
	words = append(words, "d")
	fmt.Println(words, cap(words))
	fmt.Println(slices.Clone([]int(nil)) == nil, slices.Concat([]int{}, nil) == nil)
}
`, want: `1 1 1 2 3 3
3 3 1 4 5 6
5 6 1 6 7 8
9 10 1 10 11 12
[a b c d] 6
true true
`},
}

func TestFidProbetInsert(t *testing.T) { runFidPrograms(t, probetInsertPrograms) }
