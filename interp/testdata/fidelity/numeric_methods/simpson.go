package main

import (
	"fmt"
	"math"
)

type integrator interface {
	Integrate(f func(float64) float64, a, b float64, n int) float64
	Name() string
}

type rect struct{}
type trapezoid struct{}
type simpson struct{}

func (rect) Name() string      { return "midpoint" }
func (trapezoid) Name() string { return "trapezoid" }
func (simpson) Name() string   { return "simpson" }

func (rect) Integrate(f func(float64) float64, a, b float64, n int) float64 {
	h := (b - a) / float64(n)
	s := 0.0
	for i := 0; i < n; i++ {
		s += f(a + (float64(i)+0.5)*h)
	}
	return s * h
}

func (trapezoid) Integrate(f func(float64) float64, a, b float64, n int) float64 {
	h := (b - a) / float64(n)
	s := (f(a) + f(b)) / 2
	for i := 1; i < n; i++ {
		s += f(a + float64(i)*h)
	}
	return s * h
}

func (simpson) Integrate(f func(float64) float64, a, b float64, n int) float64 {
	if n%2 == 1 {
		n++
	}
	h := (b - a) / float64(n)
	s := f(a) + f(b)
	for i := 1; i < n; i++ {
		x := a + float64(i)*h
		if i%2 == 0 {
			s += 2 * f(x)
		} else {
			s += 4 * f(x)
		}
	}
	return s * h / 3
}

func adaptive(f func(float64) float64, a, b, eps float64, depth int) (float64, int) {
	c := (a + b) / 2
	whole := simpson{}.Integrate(f, a, b, 2)
	left := simpson{}.Integrate(f, a, c, 2)
	right := simpson{}.Integrate(f, c, b, 2)
	if depth <= 0 || math.Abs(left+right-whole) < 15*eps {
		return left + right + (left+right-whole)/15, 1
	}
	l, n1 := adaptive(f, a, c, eps/2, depth-1)
	r, n2 := adaptive(f, c, b, eps/2, depth-1)
	return l + r, n1 + n2
}

func main() {
	methods := []integrator{rect{}, trapezoid{}, simpson{}}
	cases := []struct {
		label string
		f     func(float64) float64
		a, b  float64
		exact float64
	}{
		{"sin(x) on [0,pi]", math.Sin, 0, math.Pi, 2},
		{"x^2 on [0,3]", func(x float64) float64 { return x * x }, 0, 3, 9},
		{"e^x on [0,1]", math.Exp, 0, 1, math.E - 1},
		{"1/x on [1,e]", func(x float64) float64 { return 1 / x }, 1, math.E, 1},
		{"4/(1+x^2) on [0,1]", func(x float64) float64 { return 4 / (1 + x*x) }, 0, 1, math.Pi},
	}
	for _, c := range cases {
		fmt.Println(c.label)
		for _, m := range methods {
			for _, n := range []int{4, 16, 64} {
				v := m.Integrate(c.f, c.a, c.b, n)
				fmt.Printf("  %-9s n=%-3d %.10f err=%9.2e\n", m.Name(), n, v, math.Abs(v-c.exact))
			}
		}
	}
	v, pieces := adaptive(math.Sqrt, 0, 1, 1e-9, 30)
	fmt.Printf("adaptive sqrt on [0,1]: %.12f with %d pieces (err %.1e)\n", v, pieces, math.Abs(v-2.0/3))
	g, _ := adaptive(func(x float64) float64 { return math.Exp(-x * x) }, -5, 5, 1e-10, 40)
	fmt.Printf("gauss: %.10f vs sqrt(pi)=%.10f\n", g, math.Sqrt(math.Pi))
}
