package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Mean[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	return float64(Sum(xs)) / float64(len(xs))
}

func Median[T Number](xs []T) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return float64(s[n/2])
	}
	return float64(s[n/2-1]+s[n/2]) / 2
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	m := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		m[k] = append(m[k], x)
	}
	return m
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Pair[K cmp.Ordered, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func SortedPairs[K cmp.Ordered, V any](m map[K]V) []Pair[K, V] {
	ps := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		ps = append(ps, Pair[K, V]{k, v})
	}
	slices.SortFunc(ps, func(a, b Pair[K, V]) int { return cmp.Compare(a.Key, b.Key) })
	return ps
}

func main() {
	ints := []int{5, 3, 9, 1, 7, 3}
	fmt.Println(Sum(ints), Mean(ints), Median(ints))
	temps := []Celsius{21.5, 19, 23.25, 18}
	fmt.Println(Sum(temps), Mean(temps), Median(temps))
	fmt.Println(slices.Max(temps), slices.Min(temps), temps)
	words := strings.Fields("apple avocado banana blueberry cherry kiwi")
	byLetter := GroupBy(words, func(s string) byte { return s[0] })
	for _, p := range SortedPairs(byLetter) {
		fmt.Printf("%c: %v\n", p.Key, p.Val)
	}
	lens := Map(words, func(s string) int { return len(s) })
	fmt.Println(lens, Mean(lens))
	fmt.Println(SortedPairs(map[string]Celsius{"b": 3, "a": -1.25}))
	fmt.Println(Mean([]float32{}), Sum([]int64{1 << 40, 1 << 40}))
	idx, found := slices.BinarySearch([]int{1, 3, 5, 7}, 5)
	fmt.Println(idx, found, slices.Index(words, "kiwi"), slices.Contains(temps, 18))
	fmt.Println(cmp.Or("", "default"), cmp.Or(0, 0, 3), min(2.5, 1), max("a", "b"))
}
