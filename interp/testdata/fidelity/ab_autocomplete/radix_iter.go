package main

import (
	"fmt"
	"iter"
	"sort"
	"strings"
)

type Radix[V any] struct {
	root *rnode[V]
	size int
}

type rnode[V any] struct {
	prefix   string
	children []*rnode[V]
	val      V
	has      bool
}

func commonPrefix(a, b string) int {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}

func (r *Radix[V]) Put(key string, v V) {
	if r.root == nil {
		r.root = &rnode[V]{}
	}
	n := r.root
	for {
		if key == "" {
			if !n.has {
				r.size++
			}
			n.val, n.has = v, true
			return
		}
		var next *rnode[V]
		for _, c := range n.children {
			if c.prefix[0] == key[0] {
				next = c
				break
			}
		}
		if next == nil {
			n.children = append(n.children, &rnode[V]{prefix: key, val: v, has: true})
			sort.Slice(n.children, func(i, j int) bool { return n.children[i].prefix < n.children[j].prefix })
			r.size++
			return
		}
		cp := commonPrefix(key, next.prefix)
		if cp < len(next.prefix) {
			split := &rnode[V]{prefix: next.prefix[cp:], children: next.children, val: next.val, has: next.has}
			var zero V
			next.prefix, next.children, next.val, next.has = next.prefix[:cp], []*rnode[V]{split}, zero, false
		}
		n, key = next, key[cp:]
	}
}

func (r *Radix[V]) Get(key string) (V, bool) {
	n := r.root
	for n != nil {
		if key == "" {
			return n.val, n.has
		}
		var next *rnode[V]
		for _, c := range n.children {
			if strings.HasPrefix(key, c.prefix) {
				next = c
				break
			}
		}
		if next == nil {
			break
		}
		n, key = next, key[len(next.prefix):]
	}
	var zero V
	return zero, false
}

// All yields keys in lexical order.
func (r *Radix[V]) All() iter.Seq2[string, V] {
	return func(yield func(string, V) bool) {
		var walk func(n *rnode[V], acc string) bool
		walk = func(n *rnode[V], acc string) bool {
			acc += n.prefix
			if n.has && !yield(acc, n.val) {
				return false
			}
			for _, c := range n.children {
				if !walk(c, acc) {
					return false
				}
			}
			return true
		}
		if r.root != nil {
			walk(r.root, "")
		}
	}
}

func (r *Radix[V]) WithPrefix(p string) iter.Seq2[string, V] {
	return func(yield func(string, V) bool) {
		for k, v := range r.All() {
			if strings.HasPrefix(k, p) {
				if !yield(k, v) {
					return
				}
			}
		}
	}
}

func (r *Radix[V]) dump(n *rnode[V], depth int, b *strings.Builder) {
	mark := ""
	if n.has {
		mark = fmt.Sprintf(" = %v", n.val)
	}
	fmt.Fprintf(b, "%s%q%s\n", strings.Repeat("  ", depth), n.prefix, mark)
	for _, c := range n.children {
		r.dump(c, depth+1, b)
	}
}

type Route struct {
	Method  string
	Handler string
}

func main() {
	r := &Radix[int]{}
	for i, w := range strings.Fields("romane romanus romulus rubens ruber rubicon rubicundus rom r") {
		r.Put(w, i)
	}
	r.Put("romane", 100)
	var b strings.Builder
	r.dump(r.root, 0, &b)
	fmt.Print(b.String())
	fmt.Println("size", r.size)
	for _, k := range []string{"rom", "ruber", "rube", "romulus", "x", ""} {
		v, ok := r.Get(k)
		fmt.Printf("get %-8q %3d %t\n", k, v, ok)
	}
	for k, v := range r.All() {
		fmt.Print(k, ":", v, " ")
	}
	fmt.Println()
	n := 0
	for k := range r.WithPrefix("rub") {
		fmt.Print(k, " ")
		n++
		if n == 2 {
			break
		}
	}
	fmt.Println()
	routes := &Radix[Route]{}
	routes.Put("/api/users", Route{"GET", "listUsers"})
	routes.Put("/api/users/new", Route{"POST", "createUser"})
	routes.Put("/api/orders", Route{"GET", "listOrders"})
	routes.Put("/static/", Route{"GET", "files"})
	for k, v := range routes.WithPrefix("/api/") {
		fmt.Printf("%-16s %+v\n", k, v)
	}
	v, ok := routes.Get("/api/users/new")
	fmt.Printf("%v %t %#v\n", v, ok, v)
}
