// Binary search in all its forms: sort.Search for the first index that
// satisfies a predicate, the typed helpers, and the slices package.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Event struct {
	At   int
	Name string
}

func firstTrue(n int, f func(int) bool) int { return sort.Search(n, f) }

func isqrt(n int) int {
	// largest r with r*r <= n
	return sort.Search(n+1, func(r int) bool { return r*r > n }) - 1
}

func main() {
	xs := []int{1, 3, 3, 3, 7, 9, 12, 15}
	for _, t := range []int{3, 4, 0, 15, 16} {
		i := sort.SearchInts(xs, t)
		found := i < len(xs) && xs[i] == t
		j, ok := slices.BinarySearch(xs, t)
		fmt.Printf("target %2d: sort=%d found=%v slices=%d,%v\n", t, i, found, j, ok)
	}

	last3 := sort.Search(len(xs), func(i int) bool { return xs[i] > 3 }) - 1
	fmt.Println("last 3 at", last3)

	for _, n := range []int{0, 1, 15, 16, 99, 1 << 20} {
		fmt.Print(isqrt(n), " ")
	}
	fmt.Println()

	events := []Event{{5, "boot"}, {12, "login"}, {12, "audit"}, {30, "backup"}, {45, "logout"}}
	byTime := func(e Event, t int) int { return cmp.Compare(e.At, t) }
	for _, t := range []int{12, 13, 50, 1} {
		i, ok := slices.BinarySearchFunc(events, t, byTime)
		name := "-"
		if i < len(events) {
			name = events[i].Name
		}
		fmt.Println(t, i, ok, name)
	}

	words := []string{"apple", "banana", "cherry", "grape", "melon"}
	i := sort.SearchStrings(words, "coconut")
	words = slices.Insert(words, i, "coconut")
	fmt.Println(words)
	idx, found := sort.Find(len(words), func(i int) int { return strings.Compare("grape", words[i]) })
	fmt.Println(idx, found)

	prices := []float64{0.99, 1.49, 2.5, 4.0}
	fmt.Println(sort.SearchFloat64s(prices, 2.0), sort.SearchFloat64s(prices, 10))

	// Guess a number in [1,100] with at most 7 questions.
	secret := 73
	questions := 0
	guess := firstTrue(100, func(i int) bool {
		questions++
		return i+1 >= secret
	}) + 1
	fmt.Println("guessed", guess, "in", questions, "questions")

	var versions = []string{"v1.2.0", "v1.10.0", "v1.9.3", "v0.9.0"}
	slices.SortFunc(versions, compareVersion)
	fmt.Println(versions)
	p, ok := slices.BinarySearchFunc(versions, "v1.9.3", compareVersion)
	fmt.Println(p, ok)
}

func compareVersion(a, b string) int {
	pa := strings.Split(strings.TrimPrefix(a, "v"), ".")
	pb := strings.Split(strings.TrimPrefix(b, "v"), ".")
	for i := range pa {
		var x, y int
		fmt.Sscan(pa[i], &x)
		fmt.Sscan(pb[i], &y)
		if c := cmp.Compare(x, y); c != 0 {
			return c
		}
	}
	return 0
}
