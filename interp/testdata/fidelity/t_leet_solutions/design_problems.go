package main

import (
	"container/list"
	"fmt"
	"strings"
)

type LRUCache struct {
	cap   int
	ll    *list.List
	items map[int]*list.Element
}

type entry struct{ key, val int }

func Constructor(capacity int) LRUCache {
	return LRUCache{cap: capacity, ll: list.New(), items: map[int]*list.Element{}}
}

func (c *LRUCache) Get(key int) int {
	if e, ok := c.items[key]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry).val
	}
	return -1
}

func (c *LRUCache) Put(key, value int) {
	if e, ok := c.items[key]; ok {
		e.Value.(*entry).val = value
		c.ll.MoveToFront(e)
		return
	}
	c.items[key] = c.ll.PushFront(&entry{key, value})
	if c.ll.Len() > c.cap {
		old := c.ll.Back()
		c.ll.Remove(old)
		delete(c.items, old.Value.(*entry).key)
	}
}

type MinStack struct {
	data [][2]int
}

func (s *MinStack) Push(v int) {
	m := v
	if n := len(s.data); n > 0 {
		m = min(m, s.data[n-1][1])
	}
	s.data = append(s.data, [2]int{v, m})
}
func (s *MinStack) Pop()        { s.data = s.data[:len(s.data)-1] }
func (s *MinStack) Top() int    { return s.data[len(s.data)-1][0] }
func (s *MinStack) GetMin() int { return s.data[len(s.data)-1][1] }

type Trie struct {
	children map[rune]*Trie
	end      bool
}

func NewTrie() *Trie { return &Trie{children: map[rune]*Trie{}} }

func (t *Trie) Insert(w string) {
	n := t
	for _, r := range w {
		if n.children[r] == nil {
			n.children[r] = NewTrie()
		}
		n = n.children[r]
	}
	n.end = true
}

func (t *Trie) find(p string) *Trie {
	n := t
	for _, r := range p {
		if n = n.children[r]; n == nil {
			return nil
		}
	}
	return n
}

func (t *Trie) Search(w string) bool     { n := t.find(w); return n != nil && n.end }
func (t *Trie) StartsWith(p string) bool { return t.find(p) != nil }

func format(results []any) string {
	parts := make([]string, len(results))
	for i, r := range results {
		if r == nil {
			parts[i] = "null"
		} else {
			parts[i] = fmt.Sprint(r)
		}
	}
	return "[" + strings.Join(parts, ",") + "]"
}

func main() {
	ops := []string{"LRUCache", "put", "put", "get", "put", "get", "put", "get", "get", "get"}
	args := [][]int{{2}, {1, 1}, {2, 2}, {1}, {3, 3}, {2}, {4, 4}, {1}, {3}, {4}}
	var cache LRUCache
	var out []any
	for i, op := range ops {
		switch op {
		case "LRUCache":
			cache = Constructor(args[i][0])
			out = append(out, nil)
		case "put":
			cache.Put(args[i][0], args[i][1])
			out = append(out, nil)
		case "get":
			out = append(out, cache.Get(args[i][0]))
		}
	}
	fmt.Println(format(out))

	ms := &MinStack{}
	out = []any{nil}
	for _, v := range []int{-2, 0, -3} {
		ms.Push(v)
		out = append(out, nil)
	}
	out = append(out, ms.GetMin())
	ms.Pop()
	out = append(out, nil, ms.Top(), ms.GetMin())
	fmt.Println(format(out))

	tr := NewTrie()
	tr.Insert("apple")
	out = []any{nil, nil, tr.Search("apple"), tr.Search("app"), tr.StartsWith("app")}
	tr.Insert("app")
	out = append(out, nil, tr.Search("app"))
	fmt.Println(format(out))
}
