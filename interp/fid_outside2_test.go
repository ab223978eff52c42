package interp

import (
	"strings"
	"testing"
)

// Classes found by running a second set of programs written outside the
// project (course repositories, book exercise solutions) through gopad.
// Each program here is written for the test; it runs whole and split into
// notebook cells, and want is what go run printed.

var outside2Programs = []fidProgram{
	{name: "a local type written as the package-level type of its name runs", src: `package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) String() string { return "package-level point" }

type Celsius float64

func (c Celsius) String() string { return "package-level celsius" }

func main() {
	fmt.Println(Point{1, 2}, Celsius(3))
	local()
}

func local() {
	type Point struct{ X, Y int }
	type Celsius float64
	p := Point{3, 4}
	fmt.Printf("%v %+v %T\n", p, p, p)
	fmt.Println(Celsius(5)+1, p.X+p.Y)
}
`, want: "package-level point package-level celsius\n{3 4} {X:3 Y:4} main.Point\n6 7\n"},
	{name: "functions that return a declared function as a func value", src: `package main

import "fmt"

type op func(int) int

func chooser(name string) func(a, b int) {
	if name == "add" {
		return add
	}
	return func(a, b int) { fmt.Println("other", a, b) }
}

func add(a, b int) { fmt.Println(a + b) }

func double(x int) int { return 2 * x }

func pick() op { return double }

func nested() func() func(int) int {
	return func() func(int) int { return double }
}

func main() {
	chooser("add")(2, 3)
	sum := chooser("add")
	sum(4, 5)
	chooser("x")(1, 1)
	fmt.Println(pick()(6), nested()()(7))
	fmt.Printf("%T %T\n", chooser("add"), pick())
}
`, want: "5\n9\nother 1 1\n12 14\nfunc(int, int) main.op\n"},
	{name: "blank local types beside blank package-level types", src: `package main

import "fmt"

type _ struct{ a, b int }

func main() {
	type _ int
	type _ struct{ c string }
	fmt.Println("ok")
}
`, want: "ok\n"},
	{name: "local types of one name in two functions keep their own fields", src: `package main

import "fmt"

func main() {
	first()
	second()
}

func first() {
	type pair struct{ A, B int }
	p := pair{1, 2}
	fmt.Printf("%+v %d\n", p, p.A)
}

func second() {
	type pair struct{ B, A int }
	p := pair{1, 2}
	fmt.Printf("%+v %d\n", p, p.A)
}
`, want: "{A:1 B:2} 1\n{B:1 A:2} 2\n"},
	{name: "a variable of main's body shadows a function of its name in later cells", src: `package main

import "fmt"

type item interface{ weight() int }

type box struct{ w int }

func (b box) weight() int { return b.w }

func total(items ...item) int {
	sum := 0
	for _, it := range items {
		sum += it.weight()
	}
	return sum
}

func count(n int) string { return fmt.Sprint("count ", n) }

func main() {
	fmt.Println(total(box{2}, box{3}), count(1))

	total := 0
	for _, b := range []box{{4}, {5}} {
		total += b.weight()
	}

	fmt.Println(total)
	fmt.Printf("%v %T\n", total, total)

	count := []string{"a"}

	fmt.Println(count, len(count))
}
`, want: "5 count 1\n9\n9 int\n[a] 1\n"},
	{name: "a function declared again after a variable of its name is the function", src: `package main

import "fmt"

func main() {
	label := 3
	fmt.Println(label)

	fmt.Println(describe(label))
}

func describe(n int) string { return fmt.Sprint("n=", n) }
`, want: "3\nn=3\n"},
}

func TestFidOutside2(t *testing.T) {
	runFidPrograms(t, outside2Programs)
}

// A type declared in a function under the name of a package-level type
// with another definition is refused, whole and split: yaegi took the
// package-level type for it, so the first program printed {A:3 B:4} where
// Go prints {B:3 A:4}, and the others failed with messages about the
// wrong type.
func TestFidOutside2ShadowedTypeRefused(t *testing.T) {
	programs := []fidProgram{
		{name: "fields in another order", src: `package main

import "fmt"

type C struct{ A, B int }

func main() {
	fmt.Printf("%+v\n", C{1, 2})
	f()
}

func f() {
	type C struct{ B, A int }
	d := C{3, 4}
	fmt.Printf("%+v %d %d\n", d, d.A, d.B)
}
`, want: "{A:1 B:2}\n{B:3 A:4} 4 3\n"},
		{name: "embedding a pointer in a function literal", src: `package main

import "fmt"

type P struct{ X int }

type C struct {
	P
	N string
}

func main() {
	fmt.Println(C{P{1}, "a"})
	show := func() {
		type C struct {
			*P
			M int
		}
		d := C{&P{2}, 3}
		fmt.Println(d.X, d.M)
	}
	show()
}
`, want: "{{1} a}\n2 3\n"},
		{name: "a basic type over another", src: `package main

import "fmt"

type C string

func main() {
	fmt.Println(C("x"))
	f()
}

func f() {
	type C int
	fmt.Println(C(3) + 4)
}
`, want: "x\n7\n"},
	}
	for _, p := range programs {
		t.Run(p.name, func(t *testing.T) {
			cells, err := notebookCells(p.src)
			if err != nil {
				t.Fatal(err)
			}
			for name, form := range map[string][]string{"whole": {pastedForm(p.src)}, "split": cells} {
				out, errText := runFidCells(t, form)
				if !strings.Contains(errText, "declared in a function has the name of the package-level type C") {
					t.Errorf("%s: error %q, want the shadowed type refused (output %q)", name, errText, out)
				}
				if !strings.HasPrefix(p.want, out) {
					t.Errorf("%s: printed %q, not the start of what go run printed (%q)", name, out, p.want)
				}
			}
		})
	}
}

// The package-level type of an earlier cell counts as well.
func TestFidOutside2ShadowedTypeOfEarlierCell(t *testing.T) {
	out, errText := runFidCells(t, []string{
		"type Pair struct{ A, B int }",
		"func g() {\n\ttype Pair struct{ B, A int }\n\tfmt.Printf(\"%+v\\n\", Pair{1, 2})\n}",
		"g()",
	})
	if !strings.Contains(errText, "the package-level type Pair") || out != "" {
		t.Errorf("error %q, output %q: want the local Pair refused", errText, out)
	}
}
