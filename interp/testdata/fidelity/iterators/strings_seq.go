package main

import (
	"fmt"
	"strings"
)

const poem = `Roses are red
Violets are blue
Go has iterators
And so do you
`

func main() {
	n := 0
	for line := range strings.Lines(poem) {
		n++
		fmt.Printf("%d: %q\n", n, line)
	}
	for part := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("[%s]", part)
	}
	fmt.Println()

	for f := range strings.FieldsSeq("  lots   of   space  ") {
		fmt.Print(f, "|")
	}
	fmt.Println()

	for f := range strings.FieldsFuncSeq("k1=v1;k2=v2", func(r rune) bool { return r == ';' || r == '=' }) {
		fmt.Print(f, " ")
	}
	fmt.Println()
}
