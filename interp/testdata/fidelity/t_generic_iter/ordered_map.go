package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

// OrderedMap remembers insertion order.
type OrderedMap[K comparable, V any] struct {
	keys []K
	m    map[K]V
}

func NewOrderedMap[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{m: make(map[K]V)}
}

func (o *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := o.m[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.m[k] = v
}

func (o *OrderedMap[K, V]) Get(k K) (V, bool) {
	v, ok := o.m[k]
	return v, ok
}

func (o *OrderedMap[K, V]) Delete(k K) {
	if _, ok := o.m[k]; !ok {
		return
	}
	delete(o.m, k)
	o.keys = slices.DeleteFunc(o.keys, func(x K) bool { return x == k })
}

func (o *OrderedMap[K, V]) Len() int { return len(o.keys) }

func (o *OrderedMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range o.keys {
			if !yield(k, o.m[k]) {
				return
			}
		}
	}
}

func (o *OrderedMap[K, V]) Keys() iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range o.All() {
			if !yield(k) {
				return
			}
		}
	}
}

func (o *OrderedMap[K, V]) String() string {
	var b strings.Builder
	b.WriteString("{")
	first := true
	for k, v := range o.All() {
		if !first {
			b.WriteString(", ")
		}
		first = false
		fmt.Fprintf(&b, "%v: %v", k, v)
	}
	return b.String() + "}"
}

func SortedByValue[K comparable, V cmp.Ordered](o *OrderedMap[K, V]) []K {
	ks := slices.Collect(o.Keys())
	slices.SortStableFunc(ks, func(a, b K) int {
		va, _ := o.Get(a)
		vb, _ := o.Get(b)
		return cmp.Compare(vb, va)
	})
	return ks
}

func main() {
	wc := NewOrderedMap[string, int]()
	text := "the quick brown fox jumps over the lazy dog the fox"
	for _, w := range strings.Fields(text) {
		n, _ := wc.Get(w)
		wc.Set(w, n+1)
	}
	fmt.Println(wc)
	fmt.Println("len:", wc.Len())
	wc.Delete("lazy")
	wc.Delete("missing")
	fmt.Println("keys:", slices.Collect(wc.Keys()))
	fmt.Println("by count:", SortedByValue(wc))

	for k, v := range wc.All() {
		if v > 1 {
			fmt.Printf("%s=%d ", k, v)
		}
		if k == "over" {
			break
		}
	}
	fmt.Println()

	plain := maps.Collect(wc.All())
	fmt.Println("as map:", plain)
	fmt.Println("sorted keys:", slices.Sorted(maps.Keys(plain)))

	scores := NewOrderedMap[int, []float64]()
	scores.Set(3, []float64{1.5, 2})
	scores.Set(1, nil)
	fmt.Printf("%v %d\n", scores, scores.Len())
}
