package main

import (
	"container/list"
	"fmt"
	"strings"
)

type entry[K comparable, V any] struct {
	key K
	val V
}

type LRU[K comparable, V any] struct {
	cap     int
	ll      *list.List
	items   map[K]*list.Element
	onEvict func(K, V)
}

func NewLRU[K comparable, V any](capacity int, onEvict func(K, V)) *LRU[K, V] {
	return &LRU[K, V]{cap: capacity, ll: list.New(), items: map[K]*list.Element{}, onEvict: onEvict}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if el, ok := c.items[k]; ok {
		c.ll.MoveToFront(el)
		return el.Value.(*entry[K, V]).val, true
	}
	var zero V
	return zero, false
}

func (c *LRU[K, V]) Put(k K, v V) {
	if el, ok := c.items[k]; ok {
		el.Value.(*entry[K, V]).val = v
		c.ll.MoveToFront(el)
		return
	}
	el := c.ll.PushFront(&entry[K, V]{k, v})
	c.items[k] = el
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		e := last.Value.(*entry[K, V])
		c.ll.Remove(last)
		delete(c.items, e.key)
		if c.onEvict != nil {
			c.onEvict(e.key, e.val)
		}
	}
}

func (c *LRU[K, V]) Keys() []K {
	keys := make([]K, 0, c.ll.Len())
	for el := c.ll.Front(); el != nil; el = el.Next() {
		keys = append(keys, el.Value.(*entry[K, V]).key)
	}
	return keys
}

func (c *LRU[K, V]) String() string {
	var b strings.Builder
	b.WriteString("[")
	for el := c.ll.Front(); el != nil; el = el.Next() {
		e := el.Value.(*entry[K, V])
		if el != c.ll.Front() {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "%v:%v", e.key, e.val)
	}
	b.WriteString("]")
	return b.String()
}

type User struct {
	Name string
	Age  int
}

func main() {
	var evicted []string
	c := NewLRU[string, int](3, func(k string, v int) {
		evicted = append(evicted, fmt.Sprintf("%s=%d", k, v))
	})
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c)
	if v, ok := c.Get("a"); ok {
		fmt.Println("got a", v)
	}
	c.Put("d", 4)
	fmt.Println(c, c.Keys())
	_, ok := c.Get("b")
	fmt.Println("b present:", ok)
	c.Put("c", 30)
	c.Put("e", 5)
	fmt.Println(c)
	fmt.Println("evicted:", evicted)

	users := NewLRU[int, User](2, nil)
	users.Put(1, User{"ann", 30})
	users.Put(2, User{"bob", 25})
	users.Get(1)
	users.Put(3, User{"cy", 41})
	u, ok := users.Get(2)
	fmt.Printf("%+v %v\n", u, ok)
	u, ok = users.Get(1)
	fmt.Printf("%+v %v\n", u, ok)
	fmt.Println(users.Keys())
	fmt.Println(users)
}
