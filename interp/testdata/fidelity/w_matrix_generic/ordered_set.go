package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strings"
)

type OrderedSet[T cmp.Ordered] struct {
	items []T
}

func (s *OrderedSet[T]) Add(vs ...T) int {
	added := 0
	for _, v := range vs {
		i, found := slices.BinarySearch(s.items, v)
		if found {
			continue
		}
		s.items = slices.Insert(s.items, i, v)
		added++
	}
	return added
}

func (s *OrderedSet[T]) Has(v T) bool {
	_, ok := slices.BinarySearch(s.items, v)
	return ok
}

func (s *OrderedSet[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, v := range s.items {
			if !yield(i, v) {
				return
			}
		}
	}
}

func (s *OrderedSet[T]) Range(lo, hi T) iter.Seq[T] {
	return func(yield func(T) bool) {
		i, _ := slices.BinarySearch(s.items, lo)
		for ; i < len(s.items) && s.items[i] < hi; i++ {
			if !yield(s.items[i]) {
				return
			}
		}
	}
}

func Union[T cmp.Ordered](a, b *OrderedSet[T]) *OrderedSet[T] {
	out := &OrderedSet[T]{}
	out.Add(a.items...)
	out.Add(b.items...)
	return out
}

func (s OrderedSet[T]) String() string {
	parts := make([]string, len(s.items))
	for i, v := range s.items {
		parts[i] = fmt.Sprint(v)
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

func main() {
	var a OrderedSet[int]
	fmt.Println(a.Add(5, 1, 9, 1, 3, 5), a)
	b := &OrderedSet[int]{}
	b.Add(2, 3, 4, 10)
	u := Union(&a, b)
	fmt.Println(u, u.Has(4), u.Has(6), len(u.items))
	for i, v := range u.All() {
		if i > 3 {
			break
		}
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(u.Range(3, 9)))
	var words OrderedSet[string]
	words.Add(strings.Fields("the cat sat on the mat")...)
	fmt.Printf("%v %d %q\n", words, len(words.items), words.items)
	for w := range words.Range("d", "p") {
		fmt.Print(w, ";")
	}
	fmt.Println()
	var fs OrderedSet[float64]
	fs.Add(2.5, -1, 2.5, 0)
	fmt.Printf("%v %+v\n", fs, &fs)
}
