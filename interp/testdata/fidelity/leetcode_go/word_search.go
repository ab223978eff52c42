package main

import (
	"fmt"
	"sort"
)

type trieNode struct {
	next [26]*trieNode
	word string
}

func findWords(board [][]byte, words []string) []string {
	root := &trieNode{}
	for _, w := range words {
		n := root
		for i := 0; i < len(w); i++ {
			c := w[i] - 'a'
			if n.next[c] == nil {
				n.next[c] = &trieNode{}
			}
			n = n.next[c]
		}
		n.word = w
	}
	var found []string
	var dfs func(r, c int, n *trieNode)
	dfs = func(r, c int, n *trieNode) {
		if r < 0 || c < 0 || r >= len(board) || c >= len(board[0]) {
			return
		}
		ch := board[r][c]
		if ch == '#' || n.next[ch-'a'] == nil {
			return
		}
		n = n.next[ch-'a']
		if n.word != "" {
			found = append(found, n.word)
			n.word = ""
		}
		board[r][c] = '#'
		dfs(r+1, c, n)
		dfs(r-1, c, n)
		dfs(r, c+1, n)
		dfs(r, c-1, n)
		board[r][c] = ch
	}
	for r := range board {
		for c := range board[r] {
			dfs(r, c, root)
		}
	}
	sort.Strings(found)
	return found
}

func exist(board [][]byte, word string) bool {
	var dfs func(r, c, i int) bool
	dfs = func(r, c, i int) bool {
		if i == len(word) {
			return true
		}
		if r < 0 || c < 0 || r >= len(board) || c >= len(board[0]) || board[r][c] != word[i] {
			return false
		}
		saved := board[r][c]
		board[r][c] = 0
		defer func() { board[r][c] = saved }()
		return dfs(r+1, c, i+1) || dfs(r-1, c, i+1) || dfs(r, c+1, i+1) || dfs(r, c-1, i+1)
	}
	for r := range board {
		for c := range board[r] {
			if dfs(r, c, 0) {
				return true
			}
		}
	}
	return false
}

func grid(rows ...string) [][]byte {
	b := make([][]byte, len(rows))
	for i, r := range rows {
		b[i] = []byte(r)
	}
	return b
}

func main() {
	b := grid("oaan", "etae", "ihkr", "iflv")
	fmt.Println(findWords(b, []string{"oath", "pea", "eat", "rain", "hike", "oat"}))
	fmt.Printf("%s\n", b)
	fmt.Println(findWords(grid("ab", "cd"), []string{"abcb", "abdc", "acdb"}))
	g := grid("ABCE", "SFCS", "ADEE")
	for _, w := range []string{"ABCCED", "SEE", "ABCB", "ASADFBCCEESE"} {
		fmt.Printf("exist(%s) = %v\n", w, exist(g, w))
	}
	fmt.Printf("%q\n", g)
}
