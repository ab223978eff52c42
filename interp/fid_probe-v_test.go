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

// A value of a cell's type over a slice, map or basic type held in a
// compiled interface whose methods fmt does not call (sort.Interface,
// io.Reader) prints as Go prints it, alone, in a slice or map of the
// interface and in a struct field of it (an embedded sort.Interface):
// yaegi hands fmt its wrapper, whose fields fmt printed ({[x] 0x540f00
// 0x540f00 0x540f00}); gopadBuiltin.Unkept unwraps it.
func TestFidProbeVCompiledInterfaceWrappers(t *testing.T) {
	runFidPrograms(t, []fidProgram{
		{name: "printed", src: `package main

import (
	"fmt"
	"io"
	"sort"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

type zeros int

func (z zeros) Read(p []byte) (int, error) { return 0, io.EOF }

type source struct {
	Name string
	R    io.Reader
}

func main() {
	words := byLen{"ccc", "a", "bb"}
	var si sort.Interface = words
	sort.Sort(reverse{si})
	fmt.Println(si, words)
	fmt.Printf("%v %+v\n", reverse{words}, reverse{byLen{"x"}})
	fmt.Println([]sort.Interface{byLen{"z"}, words})
	var r io.Reader = zeros(7)
	fmt.Println(r, map[string]io.Reader{"k": zeros(8)})
	fmt.Printf("%v %+v\n", source{"s", zeros(9)}, source{"t", r})
}
`, want: "[ccc bb a] [ccc bb a]\n{[ccc bb a]} {Interface:[x]}\n[[z] [ccc bb a]]\n7 map[k:8]\n{s 9} {Name:t R:7}\n"},
	})
}

// A struct type that gets Error or String from an embedded struct of the
// cells (type Wrapped struct{ ErrBad; ctx string }) keeps its own type
// inside an error or a fmt.Stringer: errors.As with a target of the
// embedded type answers false, and %T and type switches name the outer
// type. Its GopadSelf was the embedded type's, promoted, so the wrapper
// gave back the embedded value.
func TestFidProbeVPromotedSelf(t *testing.T) {
	runFidPrograms(t, []fidProgram{
		{name: "error and stringer", src: `package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ErrBad struct{ Code int }

func (e ErrBad) Error() string { return "bad " + strconv.Itoa(e.Code) }

type Wrapped struct {
	ErrBad
	ctx string
}

type Label struct{ Text string }

func (l Label) String() string { return "<" + l.Text + ">" }

type Button struct {
	Label
	Width int
}

type PtrWrapped struct {
	*ErrBad
	Op string
}

func main() {
	var err error = Wrapped{ErrBad{7}, "load"}
	var eb ErrBad
	fmt.Println(errors.As(err, &eb), eb.Code)
	var w Wrapped
	fmt.Println(errors.As(err, &w), w.ctx)
	fmt.Printf("%v|%T\n", err, err)
	switch e := err.(type) {
	case ErrBad:
		fmt.Println("inner", e.Code)
	case Wrapped:
		fmt.Println("outer", e.ctx)
	}
	var s fmt.Stringer = Button{Label{"ok"}, 3}
	_, isLabel := s.(Label)
	b, isButton := s.(Button)
	fmt.Println(s, isLabel, isButton, b.Width)
	fmt.Printf("%T\n", s)
	err = PtrWrapped{&ErrBad{9}, "save"}
	fmt.Println(errors.As(err, &eb), err)
	fmt.Printf("%T\n", err)
}
`, want: "false 0\ntrue load\nbad 7|main.Wrapped\nouter load\n<ok> false true 3\nmain.Button\nfalse bad 9\nmain.PtrWrapped\n"},
	})
}
