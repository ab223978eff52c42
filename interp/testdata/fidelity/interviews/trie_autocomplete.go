package main

import (
	"fmt"
	"sort"
	"strings"
)

type Trie struct {
	children map[rune]*Trie
	end      bool
	count    int
}

func NewTrie() *Trie { return &Trie{children: map[rune]*Trie{}} }

func (t *Trie) Insert(word string) {
	node := t
	for _, r := range word {
		next, ok := node.children[r]
		if !ok {
			next = NewTrie()
			node.children[r] = next
		}
		next.count++
		node = next
	}
	node.end = true
}

func (t *Trie) find(prefix string) *Trie {
	node := t
	for _, r := range prefix {
		var ok bool
		if node, ok = node.children[r]; !ok {
			return nil
		}
	}
	return node
}

func (t *Trie) Complete(prefix string, limit int) []string {
	node := t.find(prefix)
	if node == nil {
		return nil
	}
	var out []string
	var walk func(n *Trie, acc []rune)
	walk = func(n *Trie, acc []rune) {
		if len(out) >= limit {
			return
		}
		if n.end {
			out = append(out, string(acc))
		}
		keys := make([]rune, 0, len(n.children))
		for r := range n.children {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, r := range keys {
			walk(n.children[r], append(acc, r))
		}
	}
	walk(node, []rune(prefix))
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
	for _, w := range strings.Fields("go gopher golang goroutine gone good google graph grape gravy étoile été") {
		t.Insert(w)
	}
	for _, p := range []string{"go", "gr", "goo", "x", "ét", ""} {
		fmt.Printf("%-4q -> %v (%d)\n", p, t.Complete(p, 4), t.CountPrefix(p))
	}
	fmt.Println(len(t.children), t.find("gop") != nil, t.find("gop").end, t.find("gopher").end)
}
