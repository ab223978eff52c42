package main

import (
	"fmt"
	"sort"
	"strings"
)

type Pair[A, B any] struct {
	First  A
	Second B
}

func MakePair[A, B any](a A, b B) Pair[A, B] { return Pair[A, B]{a, b} }

func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

func (p Pair[A, B]) String() string { return fmt.Sprintf("<%v, %v>", p.First, p.Second) }

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := min(len(as), len(bs))
	out := make([]Pair[A, B], n)
	for i := range n {
		out[i] = MakePair(as[i], bs[i])
	}
	return out
}

func Unzip[A, B any](ps []Pair[A, B]) ([]A, []B) {
	as := make([]A, len(ps))
	bs := make([]B, len(ps))
	for i, p := range ps {
		as[i], bs[i] = p.First, p.Second
	}
	return as, bs
}

func Entries[K comparable, V any](m map[K]V, less func(a, b K) bool) []Pair[K, V] {
	out := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		out = append(out, Pair[K, V]{k, v})
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i].First, out[j].First) })
	return out
}

type Matrix[T int | float64] [][]T

func (m Matrix[T]) Transpose() Matrix[T] {
	if len(m) == 0 {
		return m
	}
	t := make(Matrix[T], len(m[0]))
	for i := range t {
		t[i] = make([]T, len(m))
		for j := range m {
			t[i][j] = m[j][i]
		}
	}
	return t
}

func (m Matrix[T]) String() string {
	var b strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%5v", v)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	names := []string{"x", "y", "z", "w"}
	vals := []float64{1.5, -2, 3.25}
	zipped := Zip(names, vals)
	fmt.Println(zipped)
	for _, p := range zipped {
		fmt.Printf("%v %+v %s\n", p.Swap(), p, p)
	}
	ns, vs := Unzip(zipped)
	fmt.Printf("%q %v\n", ns, vs)

	ages := map[string]int{"zoe": 31, "adam": 45, "mia": 27, "li": 38}
	for _, e := range Entries(ages, func(a, b string) bool { return a < b }) {
		fmt.Printf("%-5s %3d\n", e.First, e.Second)
	}
	p := MakePair(MakePair(1, "one"), []int{1})
	fmt.Println(p, p.First.Second)
	fmt.Printf("%T\n", p.Swap())

	m := Matrix[int]{{1, 2, 3}, {4, 5, 6}}
	fmt.Print(m)
	fmt.Print(m.Transpose())
	f := Matrix[float64]{{0.5, 1.5}}
	fmt.Print(f.Transpose())
	fmt.Println(len(Matrix[int]{}.Transpose()))
}
