package main

import (
	"fmt"
	"strings"
)

type memoFn[K comparable, V any] struct {
	cache map[K]V
	hits  int
	calls int
}

func memoize[K comparable, V any](f func(K) V) (func(K) V, *memoFn[K, V]) {
	m := &memoFn[K, V]{cache: make(map[K]V)}
	return func(k K) V {
		m.calls++
		if v, ok := m.cache[k]; ok {
			m.hits++
			return v
		}
		v := f(k)
		m.cache[k] = v
		return v
	}, m
}

type gridKey struct{ r, c int }

func main() {
	var fib func(int) uint64
	var stats *memoFn[int, uint64]
	fib, stats = memoize(func(n int) uint64 {
		if n < 2 {
			return uint64(n)
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(90))
	fmt.Printf("calls=%d hits=%d cached=%d\n", stats.calls, stats.hits, len(stats.cache))

	// Lattice paths with a struct key.
	var paths func(gridKey) int
	paths, pstats := memoize(func(k gridKey) int {
		if k.r == 0 || k.c == 0 {
			return 1
		}
		return paths(gridKey{k.r - 1, k.c}) + paths(gridKey{k.r, k.c - 1})
	})
	fmt.Println(paths(gridKey{16, 16}), pstats.calls, pstats.hits)

	// Edit distance with a closure over two strings and a slice cache.
	dist := func(a, b string) int {
		memo := make([][]int, len(a)+1)
		for i := range memo {
			memo[i] = make([]int, len(b)+1)
			for j := range memo[i] {
				memo[i][j] = -1
			}
		}
		var d func(i, j int) int
		d = func(i, j int) int {
			if i == 0 {
				return j
			}
			if j == 0 {
				return i
			}
			if memo[i][j] >= 0 {
				return memo[i][j]
			}
			best := min(d(i-1, j)+1, d(i, j-1)+1)
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			best = min(best, d(i-1, j-1)+cost)
			memo[i][j] = best
			return best
		}
		return d(len(a), len(b))
	}
	for _, p := range [][2]string{{"kitten", "sitting"}, {"flaw", "lawn"}, {"", "abc"}, {"gopher", "gopher"}} {
		fmt.Printf("%-8s %-8s %d\n", p[0], p[1], dist(p[0], p[1]))
	}

	// Word break with a memo keyed by string.
	dict := map[string]bool{"go": true, "gopher": true, "pher": true, "her": true, "op": true, "g": true}
	var breaks func(string) []string
	breaks, _ = memoize(func(s string) []string {
		if s == "" {
			return []string{""}
		}
		var out []string
		for i := 1; i <= len(s); i++ {
			if dict[s[:i]] {
				for _, rest := range breaks(s[i:]) {
					out = append(out, strings.TrimSpace(s[:i]+" "+rest))
				}
			}
		}
		return out
	})
	for _, w := range breaks("gophergo") {
		fmt.Printf("%q\n", w)
	}
}
