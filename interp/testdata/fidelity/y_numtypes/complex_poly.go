package main

import (
	"fmt"
	"math"
	"math/cmplx"
	"strings"
)

type Poly []float64 // coefficients, lowest degree first

func (p Poly) Eval(x complex128) complex128 {
	var r complex128
	for i := len(p) - 1; i >= 0; i-- {
		r = r*x + complex(p[i], 0)
	}
	return r
}

func (p Poly) Deriv() Poly {
	if len(p) <= 1 {
		return Poly{0}
	}
	d := make(Poly, len(p)-1)
	for i := 1; i < len(p); i++ {
		d[i-1] = p[i] * float64(i)
	}
	return d
}

func (p Poly) String() string {
	var terms []string
	for i := len(p) - 1; i >= 0; i-- {
		c := p[i]
		if c == 0 {
			continue
		}
		var t string
		switch i {
		case 0:
			t = fmt.Sprintf("%g", c)
		case 1:
			t = fmt.Sprintf("%gx", c)
		default:
			t = fmt.Sprintf("%gx^%d", c, i)
		}
		terms = append(terms, t)
	}
	if len(terms) == 0 {
		return "0"
	}
	return strings.ReplaceAll(strings.Join(terms, " + "), "+ -", "- ")
}

// DurandKerner finds all roots of a monic polynomial.
func (p Poly) Roots(iters int) []complex128 {
	n := len(p) - 1
	lead := p[n]
	roots := make([]complex128, n)
	for i := range roots {
		roots[i] = cmplx.Pow(complex(0.4, 0.9), complex(float64(i), 0))
	}
	for it := 0; it < iters; it++ {
		for i := range roots {
			den := complex(lead, 0)
			for j := range roots {
				if i != j {
					den *= roots[i] - roots[j]
				}
			}
			roots[i] -= p.Eval(roots[i]) / den
		}
	}
	return roots
}

func round(c complex128) complex128 {
	r := func(f float64) float64 {
		v := math.Round(f*1e6) / 1e6
		if v == 0 {
			return 0
		}
		return v
	}
	return complex(r(real(c)), r(imag(c)))
}

func main() {
	p := Poly{-6, 11, -6, 1} // (x-1)(x-2)(x-3)
	fmt.Println(p, "|", p.Deriv(), "|", p.Deriv().Deriv().Deriv().Deriv())
	for _, x := range []complex128{1, 2, 2i, 1 + 1i} {
		fmt.Printf("p(%v) = %v\n", x, p.Eval(x))
	}
	for _, r := range p.Roots(100) {
		fmt.Printf("%.4f ", round(r))
	}
	fmt.Println()
	q := Poly{1, 0, 1} // x^2+1
	rs := q.Roots(100)
	for _, r := range rs {
		fmt.Print(round(r), " ")
	}
	fmt.Println()
	z := cmplx.Exp(complex(0, math.Pi))
	fmt.Printf("%.3f %v %.2f %8.1f|\n", z, cmplx.Abs(3+4i), cmplx.Sqrt(-4), 1.5-2i)
	var c64 complex64 = 1 + 2i
	fmt.Println(c64*c64, real(c64), imag(c64*c64), cmplx.Conj(complex128(c64)))
	fmt.Println(cmplx.Inf(), cmplx.IsNaN(cmplx.NaN()), Poly{}, Poly{0, -1, 0, 2.5})
}
