package main

import (
	"fmt"
	"strings"
)

type Color int

func (c Color) String() string { return fmt.Sprintf("color#%d", int(c)) }

func report() {
	type buf struct{ *strings.Builder }
	b := buf{&strings.Builder{}}
	b.WriteString("hello")
	var v any = b
	fmt.Println(v)
	vals := map[string]any{"b": b}
	fmt.Println(vals)
}

func main() {
	report()
	type wrapped struct{ fmt.Stringer }
	var x any = wrapped{Color(1)}
	fmt.Println(x)
	type failure struct{ error }
	var f any = failure{fmt.Errorf("bad %d", 3)}
	fmt.Println(f)
	fmt.Printf("[%v] [%s]\n", f, f)
}
