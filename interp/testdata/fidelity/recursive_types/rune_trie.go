package main

import (
	"fmt"
	"sort"
	"strings"
)

// Trie is a map from a rune to the sub-trie of the words that continue with it;
// the rune 0 marks the end of a word.
type Trie map[rune]Trie

func (t Trie) Insert(word string) {
	node := t
	for _, r := range word {
		next, ok := node[r]
		if !ok {
			next = Trie{}
			node[r] = next
		}
		node = next
	}
	node[0] = nil
}

func (t Trie) find(prefix string) Trie {
	node := t
	for _, r := range prefix {
		node = node[r]
		if node == nil {
			return nil
		}
	}
	return node
}

func (t Trie) Has(word string) bool {
	n := t.find(word)
	if n == nil {
		return false
	}
	_, end := n[0]
	return end
}

func (t Trie) Complete(prefix string) []string {
	var out []string
	var walk func(Trie, []rune)
	walk = func(n Trie, acc []rune) {
		keys := make([]rune, 0, len(n))
		for r := range n {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, r := range keys {
			if r == 0 {
				out = append(out, string(acc))
				continue
			}
			walk(n[r], append(acc, r))
		}
	}
	if n := t.find(prefix); n != nil {
		walk(n, []rune(prefix))
	}
	return out
}

func (t Trie) Count() int {
	c := 0
	for r, sub := range t {
		if r == 0 {
			c++
			continue
		}
		c += sub.Count()
	}
	return c
}

func main() {
	t := Trie{}
	for _, w := range strings.Fields("go gopher gopad golang good gone zebra zoo ünïcode ü") {
		t.Insert(w)
	}
	fmt.Println(t.Count(), "words,", len(t), "first letters")
	fmt.Println(t.Complete("go"))
	fmt.Println(t.Complete("z"), t.Complete("ü"), t.Complete("x"))
	fmt.Println(t.Has("gop"), t.Has("gopad"), t.Has(""))

	small := Trie{}
	small.Insert("ab")
	small.Insert("b")
	fmt.Println(small)
	fmt.Printf("%T %v %d\n", small['a'], small['a']['b'], len(small['b']))
}
