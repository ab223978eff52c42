package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	c := complex(3, 4)
	fmt.Println(c, real(c), imag(c), cmplx.Abs(c))

	d := 1 - 2i
	fmt.Println(c+d, c*d, c/d)
	fmt.Printf("%.3f\n", cmplx.Sqrt(-1))
	fmt.Printf("%.3f\n", cmplx.Exp(complex(0, math.Pi)))

	var c64 complex64 = 1.5 + 2i
	fmt.Println(c64, c == complex(3, 4))

	roots := make([]complex128, 4)
	for k := range roots {
		roots[k] = cmplx.Rect(1, 2*math.Pi*float64(k)/4)
	}
	for _, r := range roots {
		fmt.Printf("(%.2f,%.2f) ", real(r), imag(r))
	}
	fmt.Println()
}
