package main

import (
	"fmt"
	"strings"
)

type Op int

const (
	Keep Op = iota
	Insert
	Delete
)

func (o Op) String() string {
	return [...]string{" ", "+", "-"}[o]
}

type Edit struct {
	Op   Op
	Line string
}

func diff(a, b []string) []Edit {
	n, m := len(a), len(b)
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out []Edit
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case a[i] == b[j]:
			out = append(out, Edit{Keep, a[i]})
			i++
			j++
		case lcs[i+1][j] >= lcs[i][j+1]:
			out = append(out, Edit{Delete, a[i]})
			i++
		default:
			out = append(out, Edit{Insert, b[j]})
			j++
		}
	}
	for ; i < n; i++ {
		out = append(out, Edit{Delete, a[i]})
	}
	for ; j < m; j++ {
		out = append(out, Edit{Insert, b[j]})
	}
	return out
}

func levenshtein(s, t string) int {
	a, b := []rune(s), []rune(t)
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

func main() {
	old := strings.Split("apple\nbanana\ncherry\ndate\nelderberry\nfig", "\n")
	new := strings.Split("apple\nblueberry\ncherry\ndate\nfig\ngrape", "\n")
	edits := diff(old, new)
	stats := map[Op]int{}
	for _, e := range edits {
		fmt.Printf("%v %s\n", e.Op, e.Line)
		stats[e.Op]++
	}
	fmt.Println(stats)
	fmt.Printf("%v\n", edits[:2])
	pairs := [][2]string{{"kitten", "sitting"}, {"flaw", "lawn"}, {"", "abc"}, {"héllo", "hello"}, {"same", "same"}}
	for _, p := range pairs {
		fmt.Printf("lev(%q, %q) = %d\n", p[0], p[1], levenshtein(p[0], p[1]))
	}
}
