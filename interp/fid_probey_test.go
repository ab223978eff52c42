package interp

import "testing"

// probeyPrograms are probe-y's class programs, each run whole and split
// (runFidPrograms) against what go run printed.
var probeyPrograms = []fidProgram{
	// Instances of a cell's generic type whose type arguments are spelled
	// differently but are one type in Go (rune and int32, byte and uint8,
	// any and interface{}, a cell's alias and its type): one copy, so
	// type switch cases, assertions and == agree; and %T spells the type
	// arguments as reflect does (kinds for byte and rune, "interface {}",
	// package paths, reflect's spaces in func, struct and interface types).
	{name: "generic_arg_spellings", src: `package main

import (
	"fmt"
	"math/big"
)

type Box[T any] struct{ V T }

func (b Box[T]) Get() T { return b.V }

type Pair[K comparable, V any] struct {
	K K
	V V
}

type ID = int

type P struct{ X int }

func kind(x any) string {
	switch x.(type) {
	case Box[int32]:
		return "Box[int32]"
	case Box[uint8]:
		return "Box[uint8]"
	case Box[int]:
		return "Box[int]"
	case Box[interface{}]:
		return "Box[interface{}]"
	}
	return "other"
}

func main() {
	fmt.Printf("%T %T %T %T\n", Box[rune]{}, Box[byte]{}, Box[any]{}, Box[ID]{})
	fmt.Println(kind(Box[rune]{'a'}), kind(Box[byte]{1}), kind(Box[ID]{2}), kind(Box[any]{nil}))
	var r any = Box[rune]{'z'}
	b, ok := r.(Box[int32])
	fmt.Println(b.Get(), ok, r == any(Box[int32]{'z'}))
	fmt.Printf("%T\n", Pair[string, Box[[]byte]]{})
	fmt.Printf("%T\n", Box[*big.Int]{})
	fmt.Printf("%T\n", Box[map[P][]any]{})
	fmt.Printf("%T\n", Box[func(int, ...rune) (bool, error)]{})
	fmt.Printf("%T\n", Box[struct {
		A int ` + "`json:\"a\"`" + `
		P
	}]{})
	fmt.Printf("%T\n", Box[interface{ M(byte) }]{})
	fmt.Printf("%T %T\n", Box[<-chan int]{}, Box[fmt.Stringer]{})
}
`, want: `main.Box[int32] main.Box[uint8] main.Box[interface {}] main.Box[int]
Box[int32] Box[uint8] Box[int] Box[interface{}]
122 true true
main.Pair[string,main.Box[[]uint8]]
main.Box[*math/big.Int]
main.Box[map[main.P][]interface {}]
main.Box[func(int, ...int32) (bool, error)]
main.Box[struct { A int "json:\"a\""; main.P }]
main.Box[interface { M(uint8) }]
main.Box[<-chan int] main.Box[fmt.Stringer]
`},
}

func TestFidProbeyPrograms(t *testing.T) { runFidPrograms(t, probeyPrograms) }
