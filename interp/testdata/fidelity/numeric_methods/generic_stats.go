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

func MinMax[T cmp.Ordered](xs []T) (lo, hi T) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		lo = min(lo, x)
		hi = max(hi, x)
	}
	return
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Histogram[T Number](xs []T, buckets int) []int {
	lo, hi := MinMax(xs)
	counts := make([]int, buckets)
	width := float64(hi-lo) / float64(buckets)
	for _, x := range xs {
		i := int(float64(x-lo) / width)
		if i >= buckets {
			i = buckets - 1
		}
		counts[i]++
	}
	return counts
}

type Celsius float64

type Pair[K comparable, V Number] struct {
	Key K
	Val V
}

func TopN[K comparable, V Number](m map[K]V, n int) []Pair[K, V] {
	var ps []Pair[K, V]
	for k, v := range m {
		ps = append(ps, Pair[K, V]{k, v})
	}
	slices.SortFunc(ps, func(a, b Pair[K, V]) int {
		if c := cmp.Compare(b.Val, a.Val); c != 0 {
			return c
		}
		return strings.Compare(fmt.Sprint(a.Key), fmt.Sprint(b.Key))
	})
	if len(ps) > n {
		ps = ps[:n]
	}
	return ps
}

func main() {
	ints := []int{4, 8, 15, 16, 23, 42}
	floats := []float64{2.5, -1.25, 3.75, 0.5}
	temps := []Celsius{21.5, 19, 25.25, 18.75, 30}
	fmt.Println(Sum(ints), Sum(floats), Sum(temps))
	fmt.Printf("%.4f %.4f %.4f\n", Mean(ints), Mean(floats), Mean(temps))
	fmt.Println(MinMax(ints))
	fmt.Println(MinMax([]string{"pear", "apple", "zucchini", "fig"}))
	lo, hi := MinMax(temps)
	fmt.Printf("%v %v %T\n", lo, hi, hi)
	fmt.Println(Map(ints, func(i int) string { return strings.Repeat("*", i/4) }))
	fmt.Println(Map(temps, func(c Celsius) float64 { return float64(c)*9/5 + 32 }))
	fmt.Println(Histogram(ints, 4), Histogram([]float64{0, 0.1, 0.5, 0.9, 1}, 2))
	words := map[string]int{"go": 12, "rust": 7, "zig": 7, "c": 30, "java": 2}
	for _, p := range TopN(words, 3) {
		fmt.Printf("%s=%d ", p.Key, p.Val)
	}
	fmt.Println()
	fmt.Printf("%+v\n", TopN(map[int]float64{1: 0.5, 2: 1.5, 3: 1.5}, 5))
	fmt.Println(math.IsNaN(Mean([]int{})), slices.Max(ints), slices.Index(ints, 23), slices.Contains(floats, 0.5))
	sorted := slices.Clone(floats)
	slices.Sort(sorted)
	fmt.Println(sorted, floats, slices.IsSorted(sorted))
	i, found := slices.BinarySearch(sorted, 2.5)
	fmt.Println(i, found)
}
