package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Stats[T Number] struct {
	vals []T
}

func (s *Stats[T]) Add(v ...T) *Stats[T] { s.vals = append(s.vals, v...); return s }
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
func (s Stats[T]) Max() (T, error) {
	if len(s.vals) == 0 {
		var zero T
		return zero, errors.New("empty")
	}
	return slices.Max(s.vals), nil
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Registry[K cmp.Ordered, V any] struct {
	items map[K]V
}

func NewRegistry[K cmp.Ordered, V any]() *Registry[K, V] {
	return &Registry[K, V]{items: map[K]V{}}
}

func (r *Registry[K, V]) Put(k K, v V) { r.items[k] = v }
func (r *Registry[K, V]) Sorted() []Pair[K, V] {
	out := make([]Pair[K, V], 0, len(r.items))
	for k, v := range r.items {
		out = append(out, Pair[K, V]{k, v})
	}
	slices.SortFunc(out, func(a, b Pair[K, V]) int { return cmp.Compare(a.Key, b.Key) })
	return out
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func main() {
	var temps Stats[Celsius]
	temps.Add(21.5, 19, 23.25).Add(18)
	mx, err := temps.Max()
	fmt.Println(temps.Sum(), mx, err)
	fmt.Printf("mean %.3f %v\n", temps.Mean(), temps.vals)
	var empty Stats[int]
	_, err = empty.Max()
	fmt.Println(empty.Sum(), empty.Mean(), err)

	r := NewRegistry[string, []int]()
	r.Put("b", []int{2})
	r.Put("a", []int{1, 1})
	r.Put("c", nil)
	fmt.Println(r.Sorted())
	for _, p := range r.Sorted() {
		fmt.Printf("%s len=%d %v\n", p, len(p.Val), p.Val == nil)
	}
	r2 := NewRegistry[Celsius, Pair[string, int]]()
	r2.Put(30, Pair[string, int]{"hot", 3})
	r2.Put(-5, Pair[string, int]{"cold", 1})
	fmt.Println(r2.Sorted())
	fmt.Printf("%v|%+v\n", r2.Sorted()[0], r2.Sorted()[1])
	strs := Map(temps.vals, Celsius.String)
	fmt.Println(strings.Join(strs, ", "))
	lens := Map(strs, func(s string) int { return len(s) })
	fmt.Println(lens, fmt.Sprintf("%T", Pair[string, Celsius]{}))
}
