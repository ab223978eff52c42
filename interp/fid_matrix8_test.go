package interp

import "testing"

// matrix8Programs are the class programs of the matrix8 helper (values ×
// operations), each run whole and split (runFidPrograms).
var matrix8Programs = []fidProgram{
	// A value of a cell's type over a basic type converted explicitly to
	// a cell's interface with methods (Shape(q)) and given on to an empty
	// interface: a type switch there took it for its basic value (other
	// float64) where only one type over that basic type implemented the
	// interface.
	{name: "cell_iface_conversion", src: `package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq float64

func (s Sq) Area() float64 { return float64(s * s) }

type Count int

func (c Count) Area() float64 { return 1 }

func describe(v any) string {
	switch x := v.(type) {
	case Sq:
		return fmt.Sprintf("square %v", float64(x))
	case Count:
		return "count"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func id(s Shape) Shape { return s }

func main() {
	q := Sq(2)
	fmt.Println(describe(Shape(q)))
	fmt.Println(describe(Shape(Sq(2))))
	fmt.Println(describe(id(q)))
	fmt.Println(describe(Shape(Count(1))))
	fmt.Println(describe(fmt.Stringer(nil)))
	vals := []any{Shape(q), Shape(Count(2)), id(q)}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	var e any = Shape(q)
	fmt.Println(describe(e))
}
`, want: "square 2\nsquare 2\nsquare 2\ncount\nother <nil>\nsquare 2\ncount\nsquare 2\nsquare 2\n"},
}

func TestFidMatrix8(t *testing.T) { runFidPrograms(t, matrix8Programs) }
