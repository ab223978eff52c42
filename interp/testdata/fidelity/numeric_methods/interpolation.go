package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
)

type Interpolator interface {
	At(x float64) (float64, error)
	Name() string
}

var ErrOutOfRange = errors.New("x out of range")

type table struct{ xs, ys []float64 }

func newTable(xs, ys []float64) table {
	idx := make([]int, len(xs))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return xs[idx[a]] < xs[idx[b]] })
	t := table{make([]float64, len(xs)), make([]float64, len(xs))}
	for i, j := range idx {
		t.xs[i], t.ys[i] = xs[j], ys[j]
	}
	return t
}

type Linear struct{ table }
type Lagrange struct{ table }

func (Linear) Name() string   { return "linear" }
func (Lagrange) Name() string { return "lagrange" }

func (l Linear) At(x float64) (float64, error) {
	xs, ys := l.xs, l.ys
	if x < xs[0] || x > xs[len(xs)-1] {
		return math.NaN(), fmt.Errorf("linear at %g: %w", x, ErrOutOfRange)
	}
	i := sort.SearchFloat64s(xs, x)
	if i == 0 {
		return ys[0], nil
	}
	t := (x - xs[i-1]) / (xs[i] - xs[i-1])
	return ys[i-1] + t*(ys[i]-ys[i-1]), nil
}

func (l Lagrange) At(x float64) (float64, error) {
	sum := 0.0
	for i := range l.xs {
		term := l.ys[i]
		for j := range l.xs {
			if i != j {
				term *= (x - l.xs[j]) / (l.xs[i] - l.xs[j])
			}
		}
		sum += term
	}
	return sum, nil
}

func main() {
	xs := []float64{3, 0, 1, 2, 4}
	ys := make([]float64, len(xs))
	for i, x := range xs {
		ys[i] = math.Sin(x)
	}
	t := newTable(xs, ys)
	fmt.Println("sorted xs:", t.xs)
	methods := []Interpolator{Linear{t}, Lagrange{t}}
	for _, x := range []float64{0.5, 1.5, 2.25, 3.9, 5} {
		fmt.Printf("x=%-5g sin=%8.5f", x, math.Sin(x))
		for _, m := range methods {
			v, err := m.At(x)
			if err != nil {
				fmt.Printf("  %s: %v", m.Name(), err)
				continue
			}
			fmt.Printf("  %s=%8.5f (err %.1e)", m.Name(), v, math.Abs(v-math.Sin(x)))
		}
		fmt.Println()
	}
	_, err := methods[0].At(-1)
	fmt.Println(errors.Is(err, ErrOutOfRange), err)
	for _, m := range methods {
		fmt.Printf("%T %v\n", m, m.Name())
	}
	// Runge phenomenon with equally spaced nodes
	f := func(x float64) float64 { return 1 / (1 + 25*x*x) }
	for _, n := range []int{5, 9, 13} {
		var nx, ny []float64
		for i := 0; i < n; i++ {
			x := -1 + 2*float64(i)/float64(n-1)
			nx = append(nx, x)
			ny = append(ny, f(x))
		}
		lg := Lagrange{newTable(nx, ny)}
		worst := 0.0
		for x := -1.0; x <= 1.0; x += 0.01 {
			v, _ := lg.At(x)
			worst = math.Max(worst, math.Abs(v-f(x)))
		}
		fmt.Printf("n=%2d max error %.4f\n", n, worst)
	}
}
