package interp

import "testing"

// rosetta11Programs are the class programs of the Rosetta Code measure
// (rosetta11), each run whole and split (runFidPrograms).
var rosetta11Programs = []fidProgram{
	// Names of predeclared identifiers declared again: a parameter, a
	// type switch's variable, a range variable, a constant, main's
	// variables read by later cells, a closure's captured variable.
	{name: "predeclared_names", src: `package main

import (
	"fmt"
	"strings"
)

func pad(s string, len int) string {
	for i := 0; i < len; i++ {
		s += "."
	}
	return s
}

func kind(v any) string {
	switch real := v.(type) {
	case complex128:
		return fmt.Sprint("complex ", real)
	case float64:
		return fmt.Sprint("float ", real*2)
	}
	return "other"
}

func join(parts []string) string {
	var b strings.Builder
	for _, string := range parts {
		b.WriteString(string)
	}
	const cap = 4
	return b.String()[:cap]
}

func main() {
	fmt.Println(pad("x", 3), kind(1.5), kind(2i), join([]string{"ab", "cd", "ef"}))

	max, min := 0, 1<<31
	for _, v := range []int{4, -2, 9} {
		if v > max {
			max = v
		}
		if v < min {
			min = v
		}
	}

	fmt.Println(max, min)
	new := func() int { max++; return max }
	fmt.Println(new(), new(), max)

	var error = "not an error"
	fmt.Println(error, len("abc"))
}
`, want: "x... float 3 complex (0+2i) abcd\n9 -2\n10 11 11\nnot an error 3\n"},
	// Loops with an init statement but neither condition nor post
	// statement: closures keep each iteration's variables, nested loops,
	// a struct variable, an increment in an if's init.
	{name: "init_only_loops", src: `package main

import "fmt"

type cursor struct{ pos int }

func main() {
	var fs []func() int
	for i, step := 0, 1; ; {
		fs = append(fs, func() int { return i * step })
		i++
		step *= 2
		if i == 4 {
			break
		}
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	grid := [][]int{{1, 2}, {3, 4, 5}, {6}}
	total := 0
	for r := 0; ; {
		for c := 0; ; {
			if c == len(grid[r]) {
				break
			}
			total += grid[r][c]
			c++
		}
		if r++; r == len(grid) {
			break
		}
	}
	fmt.Println("total", total)

	for c := (cursor{}); ; {
		c.pos += 3
		if c.pos > 7 {
			fmt.Println("cursor", c.pos)
			break
		}
	}
}
`, want: "2 8 24 64 \ntotal 21\ncursor 9\n"},
	// Printf's %s, %q, %x and a width of a cell's array or slice type
	// with String or Error over a defined element type: fmt calls the
	// method; %d prints the elements.
	{name: "stringer_over_defined_elems", src: `package main

import "fmt"

type Weight int

type Load [2]Weight

func (l Load) String() string { return fmt.Sprintf("<%d+%d>", int(l[0]), int(l[1])) }

type Shelf []Load

type Trace []Weight

func (t Trace) Error() string { return fmt.Sprint("trace of ", len(t)) }

func main() {
	l := Load{3, 4}
	fmt.Printf("%s %q %x\n", l, l, l)
	fmt.Printf("%s\n", Shelf{{1, 2}, {5, 6}})
	var err error = Trace{1, 2, 3}
	fmt.Printf("%s|%v|%d\n", Trace{9}, err, Trace{7})
	fmt.Println(fmt.Sprintf("%10s|", l))
}
`, want: "<3+4> \"<3+4>\" 3c332b343e\n[<1+2> <5+6>]\ntrace of 1|trace of 3|[7]\n     <3+4>|\n"},
}

func TestFidRosetta11(t *testing.T) { runFidPrograms(t, rosetta11Programs) }
