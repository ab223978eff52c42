package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func dft(xs []float64) []complex128 {
	n := len(xs)
	out := make([]complex128, n)
	for k := 0; k < n; k++ {
		var s complex128
		for t, x := range xs {
			angle := -2 * math.Pi * float64(k*t) / float64(n)
			s += complex(x, 0) * cmplx.Exp(complex(0, angle))
		}
		out[k] = s
	}
	return out
}

func roundC(c complex128) complex128 {
	r := func(f float64) float64 { return math.Round(f*1000) / 1000 }
	re, im := r(real(c)), r(imag(c))
	if re == 0 {
		re = 0
	}
	if im == 0 {
		im = 0
	}
	return complex(re, im)
}

func main() {
	a := 3 + 4i
	b := complex(1, -2)
	fmt.Println("a =", a, "b =", b)
	fmt.Println("a+b =", a+b, "a*b =", a*b, "a/b =", a/b)
	fmt.Println("|a| =", cmplx.Abs(a), "phase =", cmplx.Phase(a))
	fmt.Println("conj(a) =", cmplx.Conj(a), "real:", real(a), "imag:", imag(a))
	fmt.Printf("%.3f %v %g\n", cmplx.Sqrt(-1), cmplx.Sqrt(-4), cmplx.Sqrt(2i))
	fmt.Println("e^(iπ) + 1 ≈", roundC(cmplx.Exp(complex(0, math.Pi))+1))
	r, theta := cmplx.Polar(1 + 1i)
	fmt.Printf("polar(1+1i) = %.4f, %.4f\n", r, theta)
	fmt.Println("rect back:", roundC(cmplx.Rect(r, theta)))

	var c64 complex64 = 1.5 + 2.5i
	fmt.Println("complex64:", c64, c64*c64)
	fmt.Printf("%8.2f|%+.1e\n", c64, a)

	// roots of unity
	for k := 0; k < 4; k++ {
		z := cmplx.Rect(1, 2*math.Pi*float64(k)/4)
		fmt.Printf("root %d: %v\n", k, roundC(z))
	}
	spectrum := dft([]float64{1, 0, -1, 0, 1, 0, -1, 0})
	for k, s := range spectrum {
		fmt.Printf("X[%d] = %v\n", k, roundC(s))
	}
	fmt.Println("inf:", cmplx.Inf(), "isNaN:", cmplx.IsNaN(cmplx.NaN()))
	fmt.Println("equal:", 1+2i == complex(1, 2))
}
