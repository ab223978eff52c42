package main

import (
	"cmp"
	"fmt"
	"iter"
	"strings"
)

type Tree[K cmp.Ordered, V any] struct {
	root *node[K, V]
	size int
}

type node[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(k, (*p).key); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			(*p).val = v
			return
		}
	}
	*p = &node[K, V]{key: k, val: v}
	t.size++
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		if k < n.key {
			n = n.left
		} else if k > n.key {
			n = n.right
		} else {
			return n.val, true
		}
	}
	var zero V
	return zero, false
}

func (t *Tree[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var walk func(n *node[K, V]) bool
		walk = func(n *node[K, V]) bool {
			if n == nil {
				return true
			}
			return walk(n.left) && yield(n.key, n.val) && walk(n.right)
		}
		walk(t.root)
	}
}

func (t *Tree[K, V]) Height() int {
	var h func(n *node[K, V]) int
	h = func(n *node[K, V]) int {
		if n == nil {
			return 0
		}
		return 1 + max(h(n.left), h(n.right))
	}
	return h(t.root)
}

func (t *Tree[K, V]) String() string {
	var sb strings.Builder
	sb.WriteString("{")
	first := true
	for k, v := range t.All() {
		if !first {
			sb.WriteString(", ")
		}
		first = false
		fmt.Fprintf(&sb, "%v: %v", k, v)
	}
	sb.WriteString("}")
	return sb.String()
}

type Optional[T any] struct {
	value T
	ok    bool
}

func Some[T any](v T) Optional[T] { return Optional[T]{v, true} }
func None[T any]() Optional[T]    { return Optional[T]{} }

func (o Optional[T]) OrElse(d T) T {
	if o.ok {
		return o.value
	}
	return d
}

func (o Optional[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.value)
}

func Lookup[K cmp.Ordered, V any](t *Tree[K, V], k K) Optional[V] {
	if v, ok := t.Get(k); ok {
		return Some(v)
	}
	return None[V]()
}

func main() {
	t := &Tree[string, int]{}
	for i, w := range strings.Fields("m d x a f z b m q") {
		t.Put(w, i)
	}
	fmt.Println(t, t.size, t.Height())
	for k, v := range t.All() {
		if k > "f" {
			break
		}
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println()
	fmt.Println(Lookup(t, "q"), Lookup(t, "nope"), Lookup(t, "nope").OrElse(-1))

	nums := &Tree[float64, []string]{}
	nums.Put(3.5, []string{"c"})
	nums.Put(-1, nil)
	nums.Put(2, []string{"a", "b"})
	fmt.Println(nums)
	var opt fmt.Stringer = Some(Some(42))
	fmt.Println(opt)
	fmt.Printf("%v %s %+v\n", Some("x"), None[int](), Some([]int{1}))
}
