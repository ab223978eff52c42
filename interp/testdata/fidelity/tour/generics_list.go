package main

import (
	"fmt"
	"strings"
)

func Index[T comparable](s []T, x T) int {
	for i, v := range s {
		if v == x {
			return i
		}
	}
	return -1
}

type List[T any] struct {
	next *List[T]
	val  T
}

func (l *List[T]) Push(v T) *List[T] {
	return &List[T]{next: l, val: v}
}

func (l *List[T]) Len() int {
	n := 0
	for e := l; e != nil; e = e.next {
		n++
	}
	return n
}

func (l *List[T]) String() string {
	var parts []string
	for e := l; e != nil; e = e.next {
		parts = append(parts, fmt.Sprint(e.val))
	}
	return "[" + strings.Join(parts, " -> ") + "]"
}

func Reverse[T any](l *List[T]) *List[T] {
	var out *List[T]
	for e := l; e != nil; e = e.next {
		out = out.Push(e.val)
	}
	return out
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string {
	return fmt.Sprintf("%v=%v", p.Key, p.Val)
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func main() {
	si := []int{10, 20, 15, -10}
	fmt.Println(Index(si, 15))

	ss := []string{"foo", "bar", "baz"}
	fmt.Println(Index(ss, "hello"))

	var l *List[int]
	for i := 1; i <= 5; i++ {
		l = l.Push(i * i)
	}
	fmt.Println(l, l.Len())
	fmt.Println(Reverse(l))

	var words *List[string]
	words = words.Push("c").Push("b").Push("a")
	fmt.Println(words.String())

	pairs := []Pair[string, int]{{"a", 1}, {"b", 2}, {"c", 3}}
	fmt.Println(pairs)
	big := Filter(pairs, func(p Pair[string, int]) bool { return p.Val > 1 })
	fmt.Println(big, len(big))
	fmt.Println(Filter(si, func(x int) bool { return x > 0 }))
	fmt.Printf("%v %s\n", pairs[0], pairs[1])
}
