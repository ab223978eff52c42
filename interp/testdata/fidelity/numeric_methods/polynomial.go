package main

import (
	"fmt"
	"math"
	"math/cmplx"
	"sort"
	"strings"
)

// Poly holds coefficients, lowest degree first.
type Poly []float64

func (p Poly) Degree() int {
	for i := len(p) - 1; i >= 0; i-- {
		if p[i] != 0 {
			return i
		}
	}
	return -1
}

func (p Poly) String() string {
	if p.Degree() < 0 {
		return "0"
	}
	var sb strings.Builder
	for i := p.Degree(); i >= 0; i-- {
		c := p[i]
		if c == 0 {
			continue
		}
		if sb.Len() > 0 {
			if c < 0 {
				sb.WriteString(" - ")
				c = -c
			} else {
				sb.WriteString(" + ")
			}
		} else if c < 0 {
			sb.WriteString("-")
			c = -c
		}
		if c != 1 || i == 0 {
			fmt.Fprintf(&sb, "%g", c)
		}
		switch i {
		case 0:
		case 1:
			sb.WriteString("x")
		default:
			fmt.Fprintf(&sb, "x^%d", i)
		}
	}
	return sb.String()
}

func (p Poly) Eval(x float64) float64 {
	r := 0.0
	for i := len(p) - 1; i >= 0; i-- {
		r = r*x + p[i]
	}
	return r
}

func (p Poly) EvalC(z complex128) complex128 {
	r := complex(0, 0)
	for i := len(p) - 1; i >= 0; i-- {
		r = r*z + complex(p[i], 0)
	}
	return r
}

func (p Poly) Add(q Poly) Poly {
	n := max(len(p), len(q))
	r := make(Poly, n)
	for i := range r {
		if i < len(p) {
			r[i] += p[i]
		}
		if i < len(q) {
			r[i] += q[i]
		}
	}
	return r
}

func (p Poly) Mul(q Poly) Poly {
	r := make(Poly, len(p)+len(q)-1)
	for i, a := range p {
		for j, b := range q {
			r[i+j] += a * b
		}
	}
	return r
}

func (p Poly) Derivative() Poly {
	if len(p) <= 1 {
		return Poly{0}
	}
	r := make(Poly, len(p)-1)
	for i := 1; i < len(p); i++ {
		r[i-1] = float64(i) * p[i]
	}
	return r
}

// Roots finds all complex roots with the Durand-Kerner method.
func (p Poly) Roots() []complex128 {
	n := p.Degree()
	lead := p[n]
	monic := make(Poly, n+1)
	for i := range monic {
		monic[i] = p[i] / lead
	}
	roots := make([]complex128, n)
	seed := complex(0.4, 0.9)
	for i := range roots {
		roots[i] = cmplx.Pow(seed, complex(float64(i), 0))
	}
	for iter := 0; iter < 500; iter++ {
		for i := range roots {
			den := complex(1, 0)
			for j := range roots {
				if i != j {
					den *= roots[i] - roots[j]
				}
			}
			roots[i] -= monic.EvalC(roots[i]) / den
		}
	}
	sort.Slice(roots, func(a, b int) bool {
		if math.Abs(real(roots[a])-real(roots[b])) > 1e-9 {
			return real(roots[a]) < real(roots[b])
		}
		return imag(roots[a]) < imag(roots[b])
	})
	return roots
}

func main() {
	p := Poly{-6, 11, -6, 1} // (x-1)(x-2)(x-3)
	q := Poly{1, 0, 1}       // x^2 + 1
	fmt.Println("p =", p, " deg", p.Degree())
	fmt.Println("q =", q)
	fmt.Println("p+q =", p.Add(q))
	fmt.Println("p*q =", p.Mul(q))
	fmt.Println("p' =", p.Derivative(), " p'' =", p.Derivative().Derivative())
	for _, x := range []float64{0, 1, 1.5, 2, 3, 4} {
		fmt.Printf("p(%g) = %g\n", x, p.Eval(x))
	}
	for _, poly := range []Poly{p, q, {2, -3, 0, 0, 1}, {-1, 0, 0, 0, 0, 1}} {
		fmt.Printf("roots of %s:\n", poly)
		for _, r := range poly.Roots() {
			re, im := real(r), imag(r)
			if math.Abs(re) < 1e-10 {
				re = 0
			}
			if math.Abs(im) < 1e-10 {
				im = 0
			}
			fmt.Printf("  %8.5f %+8.5fi  |p(r)|=%.1e\n", re, im, cmplx.Abs(poly.EvalC(r)))
		}
	}
	fmt.Println(Poly{}, Poly{0, 0}, Poly{-1}, Poly{0, -1}, Poly{3, 0, -2.5})
	fmt.Printf("%v %s %d\n", q, q, q)
}
