// Local variables, parameters and results named like Go's predeclared
// functions and types (len, cap, copy, new, max, min, string, real, print):
// Go lets them shadow the builtins in their scope; code written before
// Go 1.21 often names a variable max or min.
package main

import "fmt"

func reverse(s string) string {
	len := len(s)
	b := make([]byte, len)
	for i := 0; i < len; i++ {
		b[i] = s[len-1-i]
	}
	return string(b)
}

func widest(words []string) (max int) {
	for _, w := range words {
		if n := len(w); n > max {
			max = n
		}
	}
	return
}

func scale(real, imag float64, new bool) complex128 {
	if new {
		return complex(real*2, imag*2)
	}
	return complex(real, imag)
}

type grid struct {
	cells []int
	cap   int
}

func (g *grid) add(copy int) bool {
	if len(g.cells) >= g.cap {
		return false
	}
	g.cells = append(g.cells, copy)
	return true
}

func main() {
	fmt.Println(reverse("predeclared"))
	fmt.Println(widest([]string{"a", "abcd", "ab"}))
	fmt.Println(scale(1.5, -2, true), scale(1, 1, false))

	g := &grid{cap: 2}
	fmt.Println(g.add(1), g.add(2), g.add(3), g.cells)

	min := 100
	for _, v := range []int{7, 3, 9} {
		if v < min {
			min = v
		}
	}
	fmt.Println("min", min)

	len := 3
	copy := make([]string, len)
	for i := range copy {
		string := fmt.Sprint(i * len)
		copy[i] = string
	}
	fmt.Println(len, copy)

	print := func(args ...any) { fmt.Println(append([]any{">"}, args...)...) }
	print("done", min, len)
}
