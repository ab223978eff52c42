package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

func SortBy[T any, K cmp.Ordered](xs []T, key func(T) K) {
	slices.SortStableFunc(xs, func(a, b T) int { return cmp.Compare(key(a), key(b)) })
}

func MinBy[T any, K cmp.Ordered](xs []T, key func(T) K) (T, bool) {
	var best T
	if len(xs) == 0 {
		return best, false
	}
	best = xs[0]
	for _, x := range xs[1:] {
		if key(x) < key(best) {
			best = x
		}
	}
	return best, true
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

type Pair[A, B any] struct {
	Left  A
	Right B
}

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := min(len(as), len(bs))
	out := make([]Pair[A, B], n)
	for i := range n {
		out[i] = Pair[A, B]{as[i], bs[i]}
	}
	return out
}

func Uniq[T comparable](xs []T) []T {
	seen := make(map[T]struct{}, len(xs))
	var out []T
	for _, x := range xs {
		if _, ok := seen[x]; !ok {
			seen[x] = struct{}{}
			out = append(out, x)
		}
	}
	return out
}

type City struct {
	Name    string
	Country string
	Pop     int
}

func main() {
	cities := []City{
		{"Lyon", "FR", 522}, {"Porto", "PT", 231}, {"Paris", "FR", 2161},
		{"Lisbon", "PT", 545}, {"Nice", "FR", 342}, {"Braga", "PT", 193},
	}
	SortBy(cities, func(c City) int { return c.Pop })
	fmt.Println(cities)
	SortBy(cities, func(c City) string { return c.Country })
	for _, c := range cities {
		fmt.Printf("%s/%s(%d) ", c.Country, c.Name, c.Pop)
	}
	fmt.Println()
	smallest, ok := MinBy(cities, func(c City) int { return c.Pop })
	fmt.Printf("%+v %v\n", smallest, ok)
	_, ok = MinBy([]City{}, func(c City) string { return c.Name })
	fmt.Println(ok)

	groups := GroupBy(cities, func(c City) string { return c.Country })
	for _, k := range slices.Sorted(maps.Keys(groups)) {
		total := 0
		for _, c := range groups[k] {
			total += c.Pop
		}
		fmt.Println(k, len(groups[k]), total)
	}
	byLen := GroupBy([]string{"go", "rust", "c", "zig", "java", "d"}, func(s string) int { return len(s) })
	for _, n := range slices.Sorted(maps.Keys(byLen)) {
		fmt.Print(n, byLen[n], " ")
	}
	fmt.Println()

	pairs := Zip([]string{"a", "b", "c"}, []float64{1.5, 2.5})
	fmt.Printf("%v %+v %d\n", pairs, pairs[0], len(pairs))
	fmt.Println(Uniq([]int{3, 1, 3, 2, 1}), Uniq([]string{"x", "x"}))
	fmt.Println(Uniq(Zip([]int{1, 1, 2}, []bool{true, true, false})))
}
