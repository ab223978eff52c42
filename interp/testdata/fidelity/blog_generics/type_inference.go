package main

import (
	"fmt"
	"strings"
)

// Constraint type inference: Scale keeps the named slice type.
func Scale[S ~[]E, E ~int | ~float64](s S, c E) S {
	r := make(S, len(s))
	for i, v := range s {
		r[i] = v * c
	}
	return r
}

type Point []int

func (p Point) String() string {
	parts := make([]string, len(p))
	for i, v := range p {
		parts[i] = fmt.Sprint(v)
	}
	return "<" + strings.Join(parts, ",") + ">"
}

func First[T any](xs []T) (T, bool) {
	if len(xs) == 0 {
		var zero T
		return zero, false
	}
	return xs[0], true
}

func Ptr[T any](v T) *T { return &v }

func Apply[T any](v T, fns ...func(T) T) T {
	for _, f := range fns {
		v = f(v)
	}
	return v
}

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func Convert[From, To any](xs []From, f func(From) To) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func main() {
	p := Point{1, 2, 3}
	q := Scale(p, 2)
	fmt.Println(q.String(), q)
	fmt.Println(Scale([]float64{1.5, 2}, 0.5))

	x, ok := First([]string{"a", "b"})
	fmt.Println(x, ok)
	y, ok := First([]int{})
	fmt.Println(y, ok)

	ip := Ptr(42)
	sp := Ptr("hello")
	*ip++
	fmt.Println(*ip, *sp)

	r := Apply("  Hello, Gophers  ", strings.TrimSpace, strings.ToUpper)
	fmt.Println(r)
	n := Apply(3, func(i int) int { return i * 10 }, func(i int) int { return i + 1 })
	fmt.Println(n)

	v := Must(fmt.Sscanf("10 20", "%d %d", new(int), new(int)))
	fmt.Println("scanned", v)
	fl := Convert([]int{1, 2, 3}, func(i int) float64 { return float64(i) / 2 })
	fmt.Println(fl)
	strs := Convert(fl, func(f float64) string { return fmt.Sprintf("%.1f", f) })
	fmt.Printf("%q\n", strs)
}
