package main

import (
	"container/list"
	"container/ring"
	"fmt"
	"sort"
	"strings"
)

type entry struct {
	key   string
	value int
}

type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
	evict func(string, int)
}

func NewLRU(n int, onEvict func(string, int)) *LRU {
	return &LRU{cap: n, ll: list.New(), items: map[string]*list.Element{}, evict: onEvict}
}

func (c *LRU) Get(k string) (int, bool) {
	if el, ok := c.items[k]; ok {
		c.ll.MoveToFront(el)
		return el.Value.(*entry).value, true
	}
	return 0, false
}

func (c *LRU) Put(k string, v int) {
	if el, ok := c.items[k]; ok {
		el.Value.(*entry).value = v
		c.ll.MoveToFront(el)
		return
	}
	c.items[k] = c.ll.PushFront(&entry{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		e := last.Value.(*entry)
		delete(c.items, e.key)
		if c.evict != nil {
			c.evict(e.key, e.value)
		}
	}
}

func (c *LRU) Keys() []string {
	var ks []string
	for el := c.ll.Front(); el != nil; el = el.Next() {
		ks = append(ks, el.Value.(*entry).key)
	}
	return ks
}

type Trie struct {
	children map[rune]*Trie
	end      bool
	count    int
}

func NewTrie() *Trie { return &Trie{children: map[rune]*Trie{}} }

func (t *Trie) Insert(w string) {
	n := t
	for _, r := range w {
		next, ok := n.children[r]
		if !ok {
			next = NewTrie()
			n.children[r] = next
		}
		next.count++
		n = next
	}
	n.end = true
}

func (t *Trie) WithPrefix(p string) []string {
	n := t
	for _, r := range p {
		var ok bool
		if n, ok = n.children[r]; !ok {
			return nil
		}
	}
	var out []string
	var walk func(*Trie, []rune)
	walk = func(n *Trie, acc []rune) {
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
	walk(n, []rune(p))
	return out
}

func main() {
	var evicted []string
	c := NewLRU(3, func(k string, v int) { evicted = append(evicted, fmt.Sprintf("%s=%d", k, v)) })
	for i, k := range strings.Fields("a b c a d b e a") {
		if _, ok := c.Get(k); !ok {
			c.Put(k, i)
		}
	}
	c.Put("e", 100)
	v, ok := c.Get("e")
	fmt.Println(c.Keys(), evicted, v, ok, len(c.items))
	_, ok = c.Get("zz")
	fmt.Println(ok)

	t := NewTrie()
	for _, w := range strings.Fields("go gopher golang good goal gone rust ruby run go") {
		t.Insert(w)
	}
	for _, p := range []string{"go", "gop", "ru", "x", ""} {
		fmt.Printf("%q -> %v\n", p, t.WithPrefix(p))
	}
	fmt.Println(t.children['g'].count, t.children['r'].children['u'].count)

	r := ring.New(4)
	for i := 1; i <= 4; i++ {
		r.Value = i * i
		r = r.Next()
	}
	sum := 0
	r.Do(func(x any) { sum += x.(int) })
	fmt.Println(sum, r.Len(), r.Move(2).Value)
	l := list.New()
	l.PushBack(1)
	l.PushFront(0)
	l.InsertAfter(5, l.Front())
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
}
