// Explicit argument indexes, star width/precision, and what fmt prints
// for mistakes: wrong verbs, missing and extra arguments, nil values.
package main

import (
	"errors"
	"fmt"
	"os"
)

type Point struct{ X, Y int }

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

func row(cols ...any) string {
	return fmt.Sprintf("%-*s|%*d|%.*f", 8, cols[0], 5, cols[1], 2, cols[2])
}

func main() {
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%[1]s-%[1]s-%[1]q\n", "echo")
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 8)
	fmt.Printf("%*d|%-*d|\n", 6, 42, 6, 42)
	fmt.Printf("%.*s|\n", 3, "truncate")
	fmt.Println(row("apples", 17, 3.14159))
	fmt.Println(row("kiwi", -3, 0.5))

	fmt.Printf("%d\n", "string")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Printf("%z\n", 3.5)
	fmt.Printf("%[5]d\n", 1)
	fmt.Printf("%.*d\n", "x", 5)
	fmt.Printf("%t %x\n", 1, true)

	var s Shape
	fmt.Printf("%v %T\n", s, s)
	s = Rect{2, 3}
	fmt.Printf("%v %T %.1f\n", s, s, s.Area())
	var rp *Rect
	s = rp
	fmt.Printf("%v %T %v\n", s, s, s == nil)

	var nilMap map[string]int
	var nilSlice []Point
	fmt.Printf("%v %v %d %#v %#v\n", nilMap, nilSlice, len(nilSlice), nilMap, nilSlice)
	fmt.Printf("%v %+v %#v\n", Point{1, 2}, []Point{{3, 4}}, map[string]Point{"o": {}})

	err := errors.New("boom")
	fmt.Printf("%v|%s|%q|%x\n", err, err, err, err)
	wrapped := fmt.Errorf("ctx %d: %w", 7, err)
	fmt.Printf("%v %T\n", wrapped, wrapped)
	fmt.Println(fmt.Errorf("no wrap %v", nil))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, 'x'))
	fmt.Println(fmt.Sprintln("x", 1) + "|")
	fmt.Fprint(os.Stdout, 1, 2, "\n")
	fmt.Print(Point{1, 2}, Point{3, 4}, "\n")
	n, _ := fmt.Printf("%8.3s|\n", "wxyz")
	fmt.Println("wrote", n)
	fmt.Println(fmt.Sprintf("%v", []any{nil, 1, "a", []int(nil), map[int]int(nil)}))
}
