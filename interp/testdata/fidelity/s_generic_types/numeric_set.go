package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float64
}

type Celsius float64
type Score int32

type Stats[T Number] struct {
	vals []T
}

func (s *Stats[T]) Add(v ...T) *Stats[T] {
	s.vals = append(s.vals, v...)
	return s
}

func (s Stats[T]) Sum() T {
	var t T
	for _, v := range s.vals {
		t += v
	}
	return t
}

func (s Stats[T]) Mean() float64 {
	if len(s.vals) == 0 {
		return 0
	}
	return float64(s.Sum()) / float64(len(s.vals))
}

func (s Stats[T]) MinMax() (T, T) {
	return slices.Min(s.vals), slices.Max(s.vals)
}

type Set[T cmp.Ordered] map[T]struct{}

func SetOf[T cmp.Ordered](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s[x] = struct{}{}
	}
	return s
}

func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }

func (s Set[T]) Union(o Set[T]) Set[T] {
	r := Set[T]{}
	for k := range s {
		r[k] = struct{}{}
	}
	for k := range o {
		r[k] = struct{}{}
	}
	return r
}

func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := Set[T]{}
	for k := range s {
		if o.Has(k) {
			r[k] = struct{}{}
		}
	}
	return r
}

func (s Set[T]) Sorted() []T {
	out := make([]T, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func (s Set[T]) String() string {
	parts := []string{}
	for _, v := range s.Sorted() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	var temps Stats[Celsius]
	temps.Add(21.5, 19.0, 23.25).Add(18)
	lo, hi := temps.MinMax()
	fmt.Println(temps.Sum(), temps.Mean(), lo, hi)

	var scores Stats[Score]
	scores.Add(90, 72, 85)
	fmt.Printf("%v %.3f %T\n", scores.Sum(), scores.Mean(), scores.Sum())

	a := SetOf(3, 1, 4, 1, 5, 9, 2, 6)
	b := SetOf(2, 7, 1, 8, 2, 8)
	fmt.Println(a, b, len(a))
	fmt.Println("union:", a.Union(b))
	fmt.Println("inter:", a.Intersect(b))
	words := SetOf(strings.Fields("the quick brown fox jumps over the lazy dog")...)
	fmt.Println(words, words.Has("fox"), words.Has("cat"))
	cs := SetOf[Celsius](1, 2.5, 1)
	fmt.Println(cs)
}
