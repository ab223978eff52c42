package main

import (
	"fmt"
	"sort"
	"strings"
)

type TrieNode struct {
	children map[rune]*TrieNode
	end      bool
	count    int
}

type Trie struct {
	root *TrieNode
	size int
}

func NewTrie() *Trie { return &Trie{root: &TrieNode{children: make(map[rune]*TrieNode)}} }

func (t *Trie) Insert(word string) {
	n := t.root
	for _, r := range word {
		child, ok := n.children[r]
		if !ok {
			child = &TrieNode{children: make(map[rune]*TrieNode)}
			n.children[r] = child
		}
		child.count++
		n = child
	}
	if !n.end {
		t.size++
	}
	n.end = true
}

func (t *Trie) find(prefix string) *TrieNode {
	n := t.root
	for _, r := range prefix {
		var ok bool
		if n, ok = n.children[r]; !ok {
			return nil
		}
	}
	return n
}

func (t *Trie) Contains(w string) bool {
	n := t.find(w)
	return n != nil && n.end
}

func (t *Trie) WithPrefix(prefix string) []string {
	var out []string
	var walk func(n *TrieNode, acc []rune)
	walk = func(n *TrieNode, acc []rune) {
		if n.end {
			out = append(out, string(acc))
		}
		keys := make([]rune, 0, len(n.children))
		for k := range n.children {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, k := range keys {
			walk(n.children[k], append(acc, k))
		}
	}
	if n := t.find(prefix); n != nil {
		walk(n, []rune(prefix))
	}
	return out
}

func (t *Trie) CountPrefix(p string) int {
	if n := t.find(p); n != nil {
		return n.count
	}
	return 0
}

func main() {
	t := NewTrie()
	text := "car card care careful cart cat catalog dog dodge door do car über übel"
	for _, w := range strings.Fields(text) {
		t.Insert(w)
	}
	fmt.Println("words stored:", t.size)
	for _, q := range []string{"car", "ca", "cards", "do", "über", "x"} {
		fmt.Printf("contains(%q)=%v prefix-count=%d\n", q, t.Contains(q), t.CountPrefix(q))
	}
	for _, p := range []string{"car", "do", "üb", "z", ""} {
		fmt.Printf("%-4q -> %v\n", p, t.WithPrefix(p))
	}
}
