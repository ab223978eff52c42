package main

import (
	"fmt"
	"math/big"
	"strings"
)

type Memo[K comparable, V any] struct {
	fn    func(K) V
	cache map[K]V
	calls int
}

func NewMemo[K comparable, V any](fn func(K) V) *Memo[K, V] {
	return &Memo[K, V]{fn: fn, cache: map[K]V{}}
}

func (m *Memo[K, V]) Get(k K) V {
	if v, ok := m.cache[k]; ok {
		return v
	}
	m.calls++
	v := m.fn(k)
	m.cache[k] = v
	return v
}

type gridPos struct{ r, c int }

func main() {
	var fib *Memo[int, *big.Int]
	fib = NewMemo(func(n int) *big.Int {
		if n < 2 {
			return big.NewInt(int64(n))
		}
		return new(big.Int).Add(fib.Get(n-1), fib.Get(n-2))
	})
	fmt.Println("fib(90) =", fib.Get(90))
	fmt.Println("fib(150) =", fib.Get(150), "calls:", fib.calls)

	grid := []string{
		"..#.",
		"....",
		".#..",
		"....",
	}
	var paths *Memo[gridPos, int]
	paths = NewMemo(func(p gridPos) int {
		if p.r >= len(grid) || p.c >= len(grid[0]) || grid[p.r][p.c] == '#' {
			return 0
		}
		if p.r == len(grid)-1 && p.c == len(grid[0])-1 {
			return 1
		}
		return paths.Get(gridPos{p.r + 1, p.c}) + paths.Get(gridPos{p.r, p.c + 1})
	})
	fmt.Println("grid paths:", paths.Get(gridPos{0, 0}), "distinct cells:", paths.calls)

	words := []string{"apple", "pen", "applepen", "pine", "pineapple"}
	dict := map[string]bool{}
	for _, w := range words {
		dict[w] = true
	}
	var breaks *Memo[string, []string]
	breaks = NewMemo(func(s string) []string {
		if s == "" {
			return []string{""}
		}
		var res []string
		for i := 1; i <= len(s); i++ {
			if dict[s[:i]] {
				for _, rest := range breaks.Get(s[i:]) {
					res = append(res, strings.TrimSpace(s[:i]+" "+rest))
				}
			}
		}
		return res
	})
	for _, s := range breaks.Get("pineapplepenapple") {
		fmt.Printf("%q\n", s)
	}
	fmt.Printf("%T %d\n", breaks.cache["pen"], len(breaks.cache))
}
