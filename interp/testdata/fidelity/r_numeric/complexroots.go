package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

// quadratic returns both roots of ax^2+bx+c, possibly complex.
func quadratic(a, b, c float64) (complex128, complex128) {
	d := cmplx.Sqrt(complex(b*b-4*a*c, 0))
	return (complex(-b, 0) + d) / complex(2*a, 0), (complex(-b, 0) - d) / complex(2*a, 0)
}

func rootsOfUnity(n int) []complex128 {
	out := make([]complex128, n)
	for k := range n {
		out[k] = cmplx.Rect(1, 2*math.Pi*float64(k)/float64(n))
	}
	return out
}

func mandelbrot(c complex128, limit int) int {
	z := complex(0, 0)
	for i := 0; i < limit; i++ {
		z = z*z + c
		if cmplx.Abs(z) > 2 {
			return i
		}
	}
	return limit
}

func main() {
	r1, r2 := quadratic(1, -3, 2)
	fmt.Println(r1, r2)
	r1, r2 = quadratic(1, 2, 5)
	fmt.Println(r1, r2)
	fmt.Printf("%.3f %.3f\n", r1, r2)

	for _, z := range rootsOfUnity(4) {
		fmt.Printf("(%6.3f,%6.3f) ", real(z), imag(z))
	}
	fmt.Println()

	var z complex64 = 3 + 4i
	fmt.Println(z, real(z), imag(z), cmplx.Abs(complex128(z)))
	fmt.Printf("%v %g %.2f %T\n", z, z, z, z)
	w := 1i
	fmt.Println(w*w, cmplx.Exp(complex(0, math.Pi)))
	fmt.Println(cmplx.Conj(2+3i), cmplx.Phase(-1), cmplx.Inf(), cmplx.IsNaN(cmplx.NaN()))
	p, theta := cmplx.Polar(1 + 1i)
	fmt.Printf("polar r=%.4f θ=%.4f\n", p, theta)

	rows := []string{}
	for y := 1.0; y >= -1.0; y -= 0.25 {
		line := ""
		for x := -2.0; x <= 0.5; x += 0.125 {
			if mandelbrot(complex(x, y), 30) == 30 {
				line += "#"
			} else {
				line += "."
			}
		}
		rows = append(rows, line)
	}
	for _, r := range rows {
		fmt.Println(r)
	}
	fmt.Println(complex(1, 2) == complex(1, 2), 2+0i == 2)
}
