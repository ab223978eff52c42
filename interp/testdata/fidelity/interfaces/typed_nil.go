package main

import (
	"fmt"
	"io"
	"os"
)

type T struct{}

func (*T) String() string { return "T" }

func get(ok bool) fmt.Stringer {
	var t *T
	if ok {
		t = &T{}
	}
	return t
}

func main() {
	s := get(false)
	fmt.Println(s == nil)
	fmt.Println(s.(*T) == nil)

	var w io.Writer
	fmt.Println(w == nil)

	var f *os.File
	w = f
	fmt.Println(w == nil, f == nil)

	var e error
	var pe *os.PathError
	fmt.Println(e == nil, pe == nil)

	e = pe
	fmt.Println(e == nil)
	fmt.Printf("%v %T\n", e == nil, e)
}
