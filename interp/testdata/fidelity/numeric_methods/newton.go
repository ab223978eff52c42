package main

import (
	"errors"
	"fmt"
	"math"
)

type Func func(float64) float64

var ErrNoConverge = errors.New("did not converge")

func derivative(f Func, h float64) Func {
	return func(x float64) float64 {
		return (f(x+h) - f(x-h)) / (2 * h)
	}
}

func newton(f, df Func, x0, tol float64, maxIter int) (float64, int, error) {
	x := x0
	for i := 1; i <= maxIter; i++ {
		d := df(x)
		if d == 0 {
			return x, i, fmt.Errorf("zero derivative at x=%g: %w", x, ErrNoConverge)
		}
		next := x - f(x)/d
		if math.Abs(next-x) < tol {
			return next, i, nil
		}
		x = next
	}
	return x, maxIter, ErrNoConverge
}

func bisect(f Func, a, b, tol float64) (float64, int) {
	fa := f(a)
	n := 0
	for b-a > tol {
		n++
		m := (a + b) / 2
		fm := f(m)
		if (fm < 0) == (fa < 0) {
			a, fa = m, fm
		} else {
			b = m
		}
	}
	return (a + b) / 2, n
}

func secant(f Func, x0, x1 float64, n int) float64 {
	for i := 0; i < n && x1 != x0; i++ {
		x0, x1 = x1, x1-f(x1)*(x1-x0)/(f(x1)-f(x0))
	}
	return x1
}

func main() {
	problems := []struct {
		name string
		f    Func
		x0   float64
	}{
		{"x^2 - 2", func(x float64) float64 { return x*x - 2 }, 1},
		{"cos(x) - x", func(x float64) float64 { return math.Cos(x) - x }, 1},
		{"x^3 - 2x - 5", func(x float64) float64 { return x*x*x - 2*x - 5 }, 2},
		{"e^x - 3", func(x float64) float64 { return math.Exp(x) - 3 }, 0},
		{"x^2 + 1", func(x float64) float64 { return x*x + 1 }, 0.5},
		{"x^2 at 0", func(x float64) float64 { return x * x }, 0},
	}
	for _, p := range problems {
		root, it, err := newton(p.f, derivative(p.f, 1e-6), p.x0, 1e-12, 50)
		if err != nil {
			fmt.Printf("%-14s newton: %v after %d iterations (is ErrNoConverge: %t)\n", p.name, err, it, errors.Is(err, ErrNoConverge))
			continue
		}
		fmt.Printf("%-14s root=%.12f iters=%2d f(root)=%.2e\n", p.name, root, it, p.f(root))
	}

	sq := func(x float64) float64 { return x*x - 2 }
	r, n := bisect(sq, 0, 2, 1e-10)
	fmt.Printf("bisect sqrt2=%.10f in %d steps, error %.3e\n", r, n, math.Abs(r-math.Sqrt2))
	fmt.Printf("secant sqrt2=%.15f\n", secant(sq, 1, 2, 20))

	// Newton for nth roots, iterating by hand
	for _, k := range []int{2, 3, 5, 10} {
		a := 1000.0
		x := a
		steps := 0
		for {
			nx := ((float64(k)-1)*x + a/math.Pow(x, float64(k-1))) / float64(k)
			steps++
			if math.Abs(nx-x) < 1e-13*x {
				x = nx
				break
			}
			x = nx
		}
		fmt.Printf("%2d-th root of %v = %.9f (%d steps) check %.6g\n", k, a, x, steps, math.Pow(x, float64(k)))
	}
}
