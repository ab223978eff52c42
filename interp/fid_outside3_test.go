package interp

import "testing"

// Classes found by running a third set of programs written outside the
// project (go101's articles, books' example repositories) through gopad.
// Each program here is written for the test; it runs whole and split into
// notebook cells, and want is what go run printed.

var outside3Programs = []fidProgram{
	{name: "struct literals of types with methods stored in empty interfaces keep their type", src: `package main

import "fmt"

type Item interface{}

type Book struct{ title string }

func (b Book) String() string { return "book " + b.title }

type Pen struct{ color string }

func (p *Pen) Write() string { return p.color }

type Plain struct{ n int }

type Holder struct {
	v   any
	tag string
}

func kind(x any) string {
	switch v := x.(type) {
	case int:
		return fmt.Sprint("int ", v)
	case Book:
		return "Book " + v.title
	case Pen:
		return "Pen " + v.color
	case Plain:
		return fmt.Sprint("Plain ", v.n)
	}
	return fmt.Sprintf("other %T", x)
}

func main() {
	var a any = Book{"go"}
	switch v := a.(type) {
	case Book:
		fmt.Println("a is a Book:", v)
	default:
		fmt.Println("a is something else")
	}
	a = Pen{"red"}
	fmt.Println(kind(a))

	items := make([]Item, 3)
	items[0] = 1
	items[1] = Book{"tour"}
	items[2] = Plain{7}
	for i, it := range items {
		switch v := it.(type) {
		case Book:
			fmt.Printf("items[%d] is a Book: %s\n", i, v)
		case int, Plain:
			fmt.Printf("items[%d] is %v\n", i, v)
		}
	}

	list := []any{Book{"list"}, Pen{"blue"}, 3}
	for _, x := range list {
		fmt.Println(kind(x))
	}
	m := map[string]any{"k": Book{"map"}}
	if b, ok := m["k"].(Book); ok {
		fmt.Println("m[k] holds", b.title)
	}
	m["k"] = Pen{"green"}
	fmt.Println(kind(m["k"]))

	var h Holder
	h.v = Book{"field"}
	fmt.Println(kind(h.v))
}
`, want: "a is a Book: book go\nPen red\nitems[0] is 1\nitems[1] is a Book: book tour\nitems[2] is {7}\n" +
		"Book list\nPen blue\nint 3\nm[k] holds map\nPen green\nBook field\n"},
	{name: "assertions of an interface of the cells to types over the same basic type tell them apart", src: `package main

import "fmt"

type Food interface{ Eat() string }

type Veggie string

func (v Veggie) Eat() string { return "eating " + string(v) }

type Meat string

func (m Meat) Eat() string { return "eating tasty " + string(m) }

type Grams int

func (g Grams) Eat() string { return fmt.Sprint(int(g), "g") }

func pick(f Food) Food { return f }

func describe(f Food) string {
	if v, ok := f.(Veggie); ok {
		return "veggie " + string(v)
	}
	if m, ok := pick(f).(Meat); ok {
		return "meat " + string(m)
	}
	return "other " + f.Eat()
}

func must(f Food) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("recovered: ", r)
		}
	}()
	return string(f.(Veggie))
}

func main() {
	for _, f := range []Food{Veggie("okra"), Meat("lamb"), Grams(5)} {
		fmt.Println(describe(f))
		fmt.Println(must(f))
	}
	var f Food = Meat("beef")
	_, ok := f.(Veggie)
	fmt.Println(ok)
}
`, want: "veggie okra\nokra\nmeat lamb\nrecovered: interface conversion: main.Food is main.Meat, not main.Veggie\nother 5g\nrecovered: interface conversion: main.Food is main.Grams, not main.Veggie\nfalse\n"},
	{name: "%#v spells anonymous struct types inside pointers, slices and maps with their own field names", src: `package main

import "fmt"

type named struct{ a, b int }

func main() {
	s := struct{ x, y int }{44, 55}
	p := &s
	fmt.Printf("%#v\n", s)
	fmt.Printf("%#v\n", p)
	fmt.Printf("%#v\n", []struct{ x int }{{1}})
	fmt.Printf("%#v\n", struct {
		N  int
		in named
	}{1, named{2, 3}})
	fmt.Printf("%#v %T\n", struct{ X, y int }{1, 2}, struct{ X, y int }{1, 2})
	fmt.Println(fmt.Sprintf("%#v", map[string]struct{ v int }{"k": {1}}))
}
`, want: "struct { x int; y int }{x:44, y:55}\n&struct { x int; y int }{x:44, y:55}\n[]struct { x int }{struct { x int }{x:1}}\nstruct { N int; in main.named }{N:1, in:main.named{a:2, b:3}}\nstruct { X int; y int }{X:1, y:2} struct { X int; y int }\nmap[string]struct { v int }{\"k\":struct { v int }{v:1}}\n"},
	{name: "a case lists values after the first that must run: calls, fields, elements, operations", src: `package main

import (
	"errors"
	"fmt"
	"io"
)

type Color int

const (
	Red Color = iota
	Green
)

type Pt struct{ X, Y int }

var ErrA = errors.New("a")

func pick(c Color) Color { return c }

func main() {
	var err error = io.EOF
	switch err {
	case nil, ErrA:
		fmt.Println("nil or a")
	case fmt.Errorf("x"), io.EOF:
		fmt.Println("eof")
	}
	var x any = 3
	switch x {
	case "s", len("abc"):
		fmt.Println("three")
	}
	c := Green
	switch c {
	case Red, pick(Green):
		fmt.Println("green")
	}
	p := Pt{1, 2}
	pts := []Pt{{0, 0}, {1, 2}}
	switch p {
	case pts[0], pts[1]:
		fmt.Println("pt")
	}
	for i := 0; i < 4; i++ {
		switch i % 3 {
		case 0, i - i + 1:
			fmt.Println(i, "zero or one")
			fallthrough
		case 2:
			fmt.Println(i, "two (or fell)")
		}
	}
	switch s := "go"; s + "pher" {
	case "x", s + "pher":
		fmt.Println("gopher", s)
	}
}
`, want: "eof\nthree\ngreen\npt\n0 zero or one\n0 two (or fell)\n1 zero or one\n1 two (or fell)\n2 two (or fell)\n3 zero or one\n3 two (or fell)\ngopher go\n"},
	{name: "a switch with an init statement evaluates its cases in order and stops at the first equal one", src: `package main

import "fmt"

func f(n int) int {
	fmt.Printf("f(%v) ", n)
	return n
}

func main() {
	switch x := f(3); x + f(4) {
	case f(5):
		fmt.Println("five")
	case f(6), f(7), f(8):
		fmt.Println("six-eight")
	case f(9), f(10):
		fmt.Println("nine")
	}
	switch x := f(3); x + f(4) {
	default:
		fmt.Println("default")
	case f(5):
		fmt.Println("five")
	case f(6), f(7), f(8):
		fmt.Println("six-eight")
	}
}
`, want: "f(3) f(4) f(5) f(6) f(7) six-eight\nf(3) f(4) f(5) f(6) f(7) six-eight\n"},
	{name: "a range loop with an empty body assigns existing variables", src: `package main

import "fmt"

func main() {
	i, s := 9, []int{}
	for i = range s {}
	fmt.Println(i)
	s = append(s, 1, 2, 3)
	for i = range s {}
	fmt.Println(i)
	k, v := "", 0
	for k, v = range map[string]int{"only": 1} {}
	fmt.Println(k, v)
}
`, want: "9\n2\nonly 1\n"},
	{name: "boolean constants declared with && and ||", src: `package main

import "fmt"

const (
	DevMode   = true
	TestMode  = false
	DebugMode = DevMode && !TestMode
	LogOn     = DevMode || TestMode
	Strict    = !DevMode || TestMode
)

const Verbose = DebugMode && LogOn

func main() {
	const local = DevMode && Verbose
	fmt.Println(DebugMode, LogOn, Strict, Verbose, local)
	if DebugMode {
		fmt.Println("debugging")
	}
}
`, want: "true true false true true\ndebugging\n"},
	{name: "a cell's variables initialized with elements of a variable a compiled call returned", src: `package main

import (
	"fmt"
	"strings"
)

func main() {
	words := strings.Fields("the quick brown fox")
	first := words[0]
	last := words[len(words)-1]
	fmt.Println(first, last)

	parts := strings.Split("k1=v1,k2=v2", ",")
	key, value := parts[0], parts[1]
	fmt.Println(key, value)

	counts := strings.Count("banana", "a")
	lens := map[string]int{"a": counts}
	double := lens["a"] * 2
	fmt.Println(double)
}
`, want: "the fox\nk1=v1 k2=v2\n6\n"},
	{name: "a shift count that is an operation on another operation", src: `package main

import "fmt"

func main() {
	bits, j := 8, 2
	value := byte(0)
	value |= (1 << (bits - 1 - j))
	fmt.Println(value)
	var w uint16
	w |= 1 << j
	w += 1 << j
	fmt.Println(w)
}
`, want: "32\n8\n"},
}

func TestFidOutside3(t *testing.T) {
	runFidPrograms(t, outside3Programs)
}
