package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

type Counter[K comparable] map[K]int

func (c Counter[K]) Add(keys ...K) {
	for _, k := range keys {
		c[k]++
	}
}

func MostCommon[K cmp.Ordered](c Counter[K], n int) []K {
	keys := slices.Collect(maps.Keys(c))
	slices.SortFunc(keys, func(a, b K) int {
		if d := cmp.Compare(c[b], c[a]); d != 0 {
			return d
		}
		return cmp.Compare(a, b)
	})
	if len(keys) > n {
		keys = keys[:n]
	}
	return keys
}

type MultiMap[K comparable, V any] struct {
	m map[K][]V
}

func (mm *MultiMap[K, V]) Put(k K, v V) {
	if mm.m == nil {
		mm.m = make(map[K][]V)
	}
	mm.m[k] = append(mm.m[k], v)
}

func (mm *MultiMap[K, V]) Get(k K) []V { return mm.m[k] }

func main() {
	c := Counter[string]{}
	c.Add("go", "rust", "go", "zig", "go", "rust", "c")
	fmt.Println(c, MostCommon(c, 2))

	runes := Counter[rune]{}
	for _, r := range "mississippi" {
		runes.Add(r)
	}
	for _, r := range MostCommon(runes, 10) {
		fmt.Printf("%c:%d ", r, runes[r])
	}
	fmt.Println()

	var mm MultiMap[int, string]
	for _, w := range []string{"a", "bb", "cc", "ddd", "e"} {
		mm.Put(len(w), w)
	}
	fmt.Println(mm.Get(1), mm.Get(2), mm.Get(3), mm.Get(4) == nil)
}
