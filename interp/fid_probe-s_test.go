package interp

import "testing"

// Programs of the classes probe-s found, run whole and split into notebook
// cells; want is what go run printed.
//
// A := in the init or block of an if, for or switch at a cell's top level
// declares a new variable, also when the statement shares its chunk with
// others: a cell with a goto (cut by a var declaration, so that a piece of
// it holds no goto) or a statement after a go statement. yaegi's global
// scope assigned the outer variable instead (rewrite.GotoBlocks).
var probeSPrograms = []fidProgram{
	{name: "if with init after a var declaration in a cell with a goto", src: `package main

import "fmt"

func main() {
	x := 1
	if x := 10; x > 5 {
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
	var label = "loop"
	n := 0
again:
	if n < 2 {
		n++
		goto again
	}
	fmt.Println(label, n, x)
}
`, want: "inner 10\nouter 1\nloop 2 1\n"},
	{name: "for and switch declaring names after a var declaration in a cell with a goto", src: `package main

import "fmt"

func main() {
	total, v := 0, -1
	for i := 0; i < 3; i++ {
		v := i * 2
		total += v
	}
	switch v := total; {
	case v > 5:
		fmt.Println("big", v)
	}
	var steps []int
	i := 0
top:
	steps = append(steps, i)
	if i++; i < 3 {
		goto top
	}
	fmt.Println(total, v, steps)
}
`, want: "big 6\n6 -1 [0 1 2]\n"},
	{name: "if with init right after a go statement", src: `package main

import "fmt"

func main() {
	x := "outer"
	done := make(chan string)
	go func() { done <- "sent" }()
	if x := <-done; x != "" {
		fmt.Println("got", x)
	}
	fmt.Println(x)
}
`, want: "got sent\nouter\n"},
}

// A blank field of a cell's struct type is named _ by %+v and %#v, as Go
// names it; yaegi's run-time type calls it X_ (typenames.go).
var probeSBlankFields = []fidProgram{
	{name: "blank padding field in %+v and %#v", src: `package main

import "fmt"

type Header struct {
	Kind uint8
	_    uint8
	Len  uint16
	tag  string
}

func main() {
	h := Header{Kind: 1, Len: 512, tag: "t"}
	fmt.Printf("%+v\n", h)
	fmt.Printf("%#v\n", h)
	fmt.Printf("%+v\n", &h)
	fmt.Println(h)
}
`, want: "{Kind:1 _:0 Len:512 tag:t}\nmain.Header{Kind:0x1, _:0x0, Len:0x200, tag:\"t\"}\n&{Kind:1 _:0 Len:512 tag:t}\n{1 0 512 t}\n"},
}

// A type switch over a cell's interface with a case of an interface that
// some cell type has only through pointer receivers (only *Tri is a
// fmt.Stringer, and only *Tri a Shape) compiles: the test for a bare Tri
// value, which no Shape can hold, is left out (rewrite/typeswitch.go).
var probeSPointerCases = []fidProgram{
	{name: "case fmt.Stringer over a Shape with a pointer-only implementer", src: `package main

import (
	"fmt"
	"math"
)

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }
type Tri struct{ A float64 }

func (r Rect) Area() float64  { return r.W * r.H }
func (r Rect) String() string { return "rect" }
func (t *Tri) Area() float64  { return t.A }
func (t *Tri) String() string { return "tri" }

func describe(s Shape) string {
	switch v := s.(type) {
	case Rect:
		return "a rect " + fmt.Sprint(v.W)
	case fmt.Stringer:
		return "stringer " + v.String()
	}
	return "none"
}

func main() {
	fmt.Println(describe(Rect{1, 2}), describe(&Tri{3}), math.Pi > 3)
	var x any = Tri{2}
	switch x.(type) {
	case fmt.Stringer:
		fmt.Println("value Tri is a Stringer?")
	default:
		fmt.Println("value Tri is not a Stringer")
	}
}
`, want: "a rect 1 stringer tri true\nvalue Tri is not a Stringer\n"},
}

func TestFidProbeSPrograms(t *testing.T) {
	runFidPrograms(t, probeSPrograms)
	runFidPrograms(t, probeSBlankFields)
	runFidPrograms(t, probeSPointerCases)
}
