package main

import (
	"fmt"
	"sort"
	"strings"
)

type TrieNode struct {
	children map[rune]*TrieNode
	count    int
	end      bool
}

type Trie struct{ root *TrieNode }

func NewTrie() *Trie { return &Trie{&TrieNode{children: map[rune]*TrieNode{}}} }

func (t *Trie) Insert(word string) {
	n := t.root
	for _, r := range word {
		child, ok := n.children[r]
		if !ok {
			child = &TrieNode{children: map[rune]*TrieNode{}}
			n.children[r] = child
		}
		n = child
	}
	n.end = true
	n.count++
}

func (t *Trie) find(prefix string) *TrieNode {
	n := t.root
	for _, r := range prefix {
		if n = n.children[r]; n == nil {
			return nil
		}
	}
	return n
}

type hit struct {
	word  string
	count int
}

func (t *Trie) Suggest(prefix string, k int) []string {
	n := t.find(prefix)
	if n == nil {
		return nil
	}
	var hits []hit
	var dfs func(*TrieNode, []rune)
	dfs = func(n *TrieNode, acc []rune) {
		if n.end {
			hits = append(hits, hit{string(acc), n.count})
		}
		for r, c := range n.children {
			dfs(c, append(acc, r))
		}
	}
	dfs(n, []rune(prefix))
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].count != hits[j].count {
			return hits[i].count > hits[j].count
		}
		return hits[i].word < hits[j].word
	})
	var out []string
	for i := 0; i < len(hits) && i < k; i++ {
		out = append(out, fmt.Sprintf("%s(%d)", hits[i].word, hits[i].count))
	}
	return out
}

const searches = `go golang gopher go goroutine golang go gopher gob good goal
gold golang gopher goto gö göteborg gopher golang`

func main() {
	t := NewTrie()
	for _, w := range strings.Fields(searches) {
		t.Insert(w)
	}
	for _, p := range []string{"go", "gol", "gop", "gö", "x", ""} {
		fmt.Printf("%-4q -> %v\n", p, t.Suggest(p, 4))
	}
	n := t.find("gold")
	fmt.Println(n != nil && n.end, t.find("gol").end, len(t.root.children))
}
