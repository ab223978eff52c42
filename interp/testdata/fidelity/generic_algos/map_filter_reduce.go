package main

import (
	"fmt"
	"sort"
	"strings"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
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

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	groups := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		groups[k] = append(groups[k], x)
	}
	return groups
}

func Keys[K comparable, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

func SortedKeys[K interface{ ~int | ~string }, V any](m map[K]V) []K {
	keys := Keys(m)
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

func Zip[A, B any](as []A, bs []B) []struct {
	First  A
	Second B
} {
	n := min(len(as), len(bs))
	out := make([]struct {
		First  A
		Second B
	}, n)
	for i := range n {
		out[i].First, out[i].Second = as[i], bs[i]
	}
	return out
}

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Age    int
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	squares := Map(nums, func(n int) int { return n * n })
	evens := Filter(squares, func(n int) bool { return n%2 == 0 })
	sum := Reduce(evens, 0, func(a, n int) int { return a + n })
	fmt.Println(squares, evens, sum)
	strs := Map(nums, func(n int) string { return fmt.Sprintf("<%d>", n) })
	fmt.Println(strings.Join(strs, ""))
	longest := Reduce([]string{"go", "rust", "zig", "haskell"}, "", func(a, s string) string {
		if len(s) > len(a) {
			return s
		}
		return a
	})
	fmt.Println(longest)

	staff := []Employee{
		{"Ann", "eng", 120, 34}, {"Bob", "eng", 100, 45}, {"Cid", "ops", 80, 29},
		{"Dee", "sales", 90, 51}, {"Eve", "ops", 85, 38}, {"Fay", "eng", 140, 27},
	}
	byDept := GroupBy(staff, func(e Employee) string { return e.Dept })
	for _, d := range SortedKeys(byDept) {
		members := byDept[d]
		total := Reduce(members, 0, func(a int, e Employee) int { return a + e.Salary })
		names := Map(members, func(e Employee) string { return e.Name })
		fmt.Printf("%-6s n=%d total=%d avg=%.1f %v\n", d, len(members), total, float64(total)/float64(len(members)), names)
	}
	byDecade := GroupBy(staff, func(e Employee) int { return e.Age / 10 * 10 })
	for _, d := range SortedKeys(byDecade) {
		fmt.Println(d, len(byDecade[d]))
	}

	pairs := Zip([]string{"a", "b", "c"}, []float64{1.5, 2.5})
	for _, p := range pairs {
		fmt.Printf("%s=%.1f ", p.First, p.Second)
	}
	fmt.Println(len(pairs))

	wordLens := Reduce(strings.Fields("the quick brown fox jumps over the lazy dog"), map[int][]string{},
		func(m map[int][]string, w string) map[int][]string {
			m[len(w)] = append(m[len(w)], w)
			return m
		})
	for _, k := range SortedKeys(wordLens) {
		fmt.Println(k, wordLens[k])
	}
	type Name string
	nm := map[Name]int{"zed": 1, "amy": 2}
	fmt.Println(SortedKeys(nm))
}
