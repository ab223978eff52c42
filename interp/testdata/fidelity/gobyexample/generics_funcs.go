package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Filter[T any](xs []T, pred func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
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

func Max[T cmp.Ordered](xs ...T) (T, error) {
	var zero T
	if len(xs) == 0 {
		return zero, errors.New("empty")
	}
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m, nil
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s Stack[T]) String() string { return fmt.Sprintf("Stack%v", s.items) }

type Pair[K cmp.Ordered, V any] struct {
	Key K
	Val V
}

func SortedPairs[K cmp.Ordered, V any](m map[K]V) []Pair[K, V] {
	out := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		out = append(out, Pair[K, V]{k, v})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func (s Set[T]) Len() int     { return len(s) }

type Celsius float64

func SumOf[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	nums := []int{5, 2, 8, 1, 9, 3}
	sq := Map(nums, func(n int) int { return n * n })
	fmt.Println(sq)
	strs := Map(nums, strconv.Itoa)
	fmt.Println(strings.Join(strs, ","))
	evens := Filter(nums, func(n int) bool { return n%2 == 0 })
	fmt.Println(evens)
	total := Reduce(nums, 0, func(a, n int) int { return a + n })
	concat := Reduce(strs, "", func(a string, s string) string { return a + s })
	fmt.Println(total, concat)

	m, err := Max(3, 7, 1)
	fmt.Println(m, err)
	ms, _ := Max("pear", "apple", "zoo")
	fmt.Println(ms)
	_, err = Max[float64]()
	fmt.Println(err)

	var st Stack[string]
	st.Push("a")
	st.Push("b")
	fmt.Println(st)
	v, ok := st.Pop()
	fmt.Println(v, ok, st)

	ages := map[string]int{"bob": 31, "alice": 29, "carol": 40}
	for _, p := range SortedPairs(ages) {
		fmt.Printf("%s=%d ", p.Key, p.Val)
	}
	fmt.Println()

	s := Set[int]{}
	for _, n := range []int{1, 2, 2, 3, 3, 3} {
		s.Add(n)
	}
	fmt.Println(s.Len(), s.Has(2), s.Has(5))

	temps := []Celsius{20.5, 22, 19.25}
	fmt.Printf("%.2f\n", SumOf(temps))
	fmt.Println(SumOf([]float64{1.5, 2.5}))

	sorted := slices.Clone(nums)
	slices.Sort(sorted)
	idx, found := slices.BinarySearch(sorted, 8)
	fmt.Println(sorted, idx, found, slices.Contains(nums, 9), slices.Index(nums, 8))
	fmt.Println(slices.Max(nums), slices.Min(nums))
}
