package main

import (
	"fmt"
	"sort"
	"strings"
)

type node struct {
	children map[rune]*node
	word     string
	weight   int
	terminal bool
}

type Trie struct {
	root  *node
	count int
}

func NewTrie() *Trie { return &Trie{root: &node{children: map[rune]*node{}}} }

func (t *Trie) Insert(word string, weight int) {
	n := t.root
	for _, r := range strings.ToLower(word) {
		c, ok := n.children[r]
		if !ok {
			c = &node{children: map[rune]*node{}}
			n.children[r] = c
		}
		n = c
	}
	if !n.terminal {
		t.count++
	}
	n.terminal, n.word = true, word
	n.weight += weight
}

func (t *Trie) find(prefix string) *node {
	n := t.root
	for _, r := range strings.ToLower(prefix) {
		if n = n.children[r]; n == nil {
			return nil
		}
	}
	return n
}

type Suggestion struct {
	Word   string
	Weight int
}

func (s Suggestion) String() string { return fmt.Sprintf("%s(%d)", s.Word, s.Weight) }

func (n *node) collect(out *[]Suggestion) {
	if n.terminal {
		*out = append(*out, Suggestion{n.word, n.weight})
	}
	for _, c := range n.children {
		c.collect(out)
	}
}

func (t *Trie) Complete(prefix string, k int) []Suggestion {
	n := t.find(prefix)
	if n == nil {
		return nil
	}
	var all []Suggestion
	n.collect(&all)
	sort.Slice(all, func(i, j int) bool {
		if all[i].Weight != all[j].Weight {
			return all[i].Weight > all[j].Weight
		}
		if len(all[i].Word) != len(all[j].Word) {
			return len(all[i].Word) < len(all[j].Word)
		}
		return all[i].Word < all[j].Word
	})
	if len(all) > k {
		all = all[:k]
	}
	return all
}

func (t *Trie) Delete(word string) bool {
	var path []*node
	var keys []rune
	n := t.root
	for _, r := range strings.ToLower(word) {
		path = append(path, n)
		keys = append(keys, r)
		if n = n.children[r]; n == nil {
			return false
		}
	}
	if !n.terminal {
		return false
	}
	n.terminal, n.word, n.weight = false, "", 0
	t.count--
	for i := len(path) - 1; i >= 0; i-- {
		child := path[i].children[keys[i]]
		if child.terminal || len(child.children) > 0 {
			break
		}
		delete(path[i].children, keys[i])
	}
	return true
}

func (t *Trie) Nodes() int {
	var walk func(*node) int
	walk = func(n *node) int {
		c := 1
		for _, ch := range n.children {
			c += walk(ch)
		}
		return c
	}
	return walk(t.root)
}

const corpus = `go goroutine golang gopher good goal gold golf Go go gopher
gopher goroutines goto gofmt gob gobble gopher golang golang
channel chan change chance chart chat chain chains cheap Chan`

func main() {
	t := NewTrie()
	for _, w := range strings.Fields(corpus) {
		t.Insert(w, 1)
	}
	t.Insert("goroutine", 5)
	t.Insert("über", 2)
	t.Insert("übung", 1)
	fmt.Println("words:", t.count, "nodes:", t.Nodes())
	for _, p := range []string{"go", "gor", "GOL", "ch", "cha", "chan", "x", "ü", ""} {
		fmt.Printf("%-4q -> %v\n", p, t.Complete(p, 4))
	}
	for _, w := range []string{"gopher", "gopher", "chai", "chain", "gob"} {
		fmt.Print(t.Delete(w), " ")
	}
	fmt.Println("\nwords:", t.count, "nodes:", t.Nodes())
	fmt.Println(t.Complete("go", 20))
	fmt.Println(t.Complete("cha", 3))
	s := t.Complete("ü", 1)
	fmt.Printf("%v %+v %s\n", s, s[0], s[0])
}
