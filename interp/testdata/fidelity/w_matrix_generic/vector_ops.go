package main

import (
	"fmt"
	"math"
	"sort"
)

type Float interface{ ~float32 | ~float64 }

type Vec[T Float] []T

func (v Vec[T]) Dot(w Vec[T]) T {
	var s T
	for i := range v {
		s += v[i] * w[i]
	}
	return s
}

func (v Vec[T]) Norm() float64 { return math.Sqrt(float64(v.Dot(v))) }

func (v Vec[T]) Scale(k T) Vec[T] {
	out := make(Vec[T], len(v))
	for i, x := range v {
		out[i] = x * k
	}
	return out
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Named[T Float] struct {
	Name string
	V    Vec[T]
}

func (n Named[T]) String() string { return fmt.Sprintf("%s%v", n.Name, []T(n.V)) }

func Nearest[T Float](q Vec[T], pts []Named[T]) (Named[T], float64) {
	best, bd := pts[0], math.Inf(1)
	for _, p := range pts {
		d := make(Vec[T], len(q))
		for i := range q {
			d[i] = q[i] - p.V[i]
		}
		if n := d.Norm(); n < bd {
			best, bd = p, n
		}
	}
	return best, bd
}

func main() {
	a := Vec[float64]{3, 4}
	b := Vec[float64]{1, -2}
	fmt.Println(a.Dot(b), a.Norm(), a.Scale(0.5), b.Scale(-1))
	pts := []Named[float64]{{"p", Vec[float64]{0, 0}}, {"q", Vec[float64]{5, 5}}, {"r", Vec[float64]{2, 3}}}
	best, d := Nearest(Vec[float64]{2.5, 2.5}, pts)
	fmt.Printf("%v %.4f %v\n", best, d, pts)
	norms := Map(pts, func(p Named[float64]) float64 { return p.V.Norm() })
	sort.Float64s(norms)
	fmt.Printf("%.3f\n", norms)
	names := Map(pts, func(p Named[float64]) string { return p.Name })
	fmt.Printf("%q\n", names)
	sum := Reduce(pts, Vec[float64]{0, 0}, func(acc Vec[float64], p Named[float64]) Vec[float64] {
		return Vec[float64]{acc[0] + p.V[0], acc[1] + p.V[1]}
	})
	fmt.Println(sum, Reduce(names, "", func(s string, n string) string { return s + n }))
	f32 := Vec[float32]{0.1, 0.2}
	fmt.Printf("%v %T %.7f\n", f32.Dot(f32), f32.Dot(f32), f32.Norm())
	lens := Map([]string{"go", "yaegi", ""}, func(s string) int { return len(s) })
	fmt.Printf("%v %#v %T\n", lens, lens, lens)
}
