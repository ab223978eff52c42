package interp

import "testing"

// Programs from outside8's classes, run whole and split into notebook
// cells; want is what go run printed.
//
// A three-clause loop whose body takes its variable's address and then
// declares a variable of the same name (x := x - 70) keeps both
// variables apart (rewrite's perIteration): the copy the body works on
// was written back at the body's end by name, which there named the
// body's own x, so the pointers into it read the loop's value (go101's
// blocks-and-scopes article, both forms; the article is not licensed for
// the corpus, this is a program of the class).

var outside8Programs = []fidProgram{
	{name: "a loop variable written back past a body's variable of its name", src: `package main

import "fmt"

func main() {
	var outer, inner []*int
	for x := 0; x < 4; x++ {
		outer = append(outer, &x)
		x := x * 10
		inner = append(inner, &x)
		if x > 15 {
			x++
			continue
		}
		x += 5
	}
	for i := range outer {
		fmt.Print(*outer[i], " ", *inner[i], "; ")
	}
	fmt.Println()

	var last *int
	for n := 1; n < 100; n *= 3 {
		last = &n
		n := n + 1000
		_ = n
	}
	fmt.Println(*last)
}
`, want: "0 5; 1 15; 2 21; 3 31; \n81\n"},
}

func TestFidOutside8(t *testing.T) { runFidPrograms(t, outside8Programs) }
