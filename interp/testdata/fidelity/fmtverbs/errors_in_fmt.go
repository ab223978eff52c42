package main

import (
	"fmt"
	"os"
)

type BadStringer struct{}

func (BadStringer) String() string { panic("boom in String") }

type NilPtrStringer struct{ name string }

func (n *NilPtrStringer) String() string { return n.name }

func main() {
	fmt.Println(BadStringer{})

	var p *NilPtrStringer
	fmt.Println(p)
	fmt.Printf("%s|%v\n", p, p)

	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Fprintf(os.Stdout, "to stdout %d\n", 1)
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
}
