// A cell's slice type over another defined type with a String method,
// printed by Printf's %s, %q and %x: fmt calls the slice type's String;
// %d goes through the elements, which have no method.
package main

import (
	"fmt"
	"strings"
)

type Cell float64

type Grid [][]Cell

func (g Grid) String() string {
	var b strings.Builder
	for _, row := range g {
		for _, c := range row {
			fmt.Fprintf(&b, "%5.1f", float64(c))
		}
		b.WriteString(";")
	}
	return b.String()
}

type Bits []uint8

func (bs Bits) String() string {
	s := ""
	for _, b := range bs {
		s += fmt.Sprint(b & 1)
	}
	return s
}

type Temps [3]Cell

func (t Temps) Error() string { return fmt.Sprintf("too hot: %.0f", float64(t[2])) }

func main() {
	g := Grid{{1, 2.5}, {3, 4}}
	fmt.Printf("%s\n", g)
	fmt.Printf("[%q]\n", g)
	fmt.Printf("%v|%x\n", Bits{1, 0, 3}, Bits{1, 1})
	fmt.Printf("%d\n", Bits{4, 5})
	fmt.Printf("%s / %d\n", Temps{1, 2, 99}, Temps{1, 2, 3})
	s := fmt.Sprintf("%s", g)
	fmt.Println(len(s))
}
