package interp

import "testing"

// A method promoted from a nil embedded interface field panics with Go's
// nil dereference: called through an interface the struct was converted
// to (var s Store = wrapper{}; s.Put()), yaegi panicked with reflect's
// "call of reflect.Value.MethodByName on zero Value", and a method of a
// nil embedded compiled interface (struct{ fmt.Stringer }) with "reflect:
// Method on nil interface value", which recover() and the cell's error
// printed as they were (gopadrt.Recovered).
func TestFidProbeVNilEmbeddedInterface(t *testing.T) {
	runFidPrograms(t, []fidProgram{
		{name: "recovered", src: `package main

import (
	"fmt"
	"io"
)

type Shape interface{ Area() float64 }

type Labeled struct {
	Shape
	Label string
}

type Loud struct{ fmt.Stringer }

type W struct{ io.Writer }

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Println(name, ok, err)
	}()
	f()
}

func main() {
	try("through interface", func() {
		var s Shape = Labeled{Label: "x"}
		fmt.Println(s.Area())
	})
	try("slice of interfaces", func() {
		shapes := []Shape{Labeled{}}
		for _, s := range shapes {
			_ = s.Area()
		}
	})
	try("compiled interface direct", func() {
		var l Loud
		fmt.Println(l.String())
	})
	try("compiled interface via any", func() {
		var s fmt.Stringer = Loud{}
		fmt.Println(s.String())
	})
	try("writer", func() {
		fmt.Fprintln(W{}, "hi")
	})
	fmt.Println("done")
}
`, want: "through interface true runtime error: invalid memory address or nil pointer dereference\n" +
			"slice of interfaces true runtime error: invalid memory address or nil pointer dereference\n" +
			"compiled interface direct true runtime error: invalid memory address or nil pointer dereference\n" +
			"compiled interface via any true runtime error: invalid memory address or nil pointer dereference\n" +
			"writer true runtime error: invalid memory address or nil pointer dereference\n" +
			"done\n"},
	})
}
