package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func FromSlice[T any](xs []T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, x := range xs {
			if !yield(x) {
				return
			}
		}
	}
}

// Merge merges two sorted sequences using iter.Pull.
func Merge(a, b iter.Seq[int]) iter.Seq[int] {
	return func(yield func(int) bool) {
		na, stopA := iter.Pull(a)
		defer stopA()
		nb, stopB := iter.Pull(b)
		defer stopB()
		va, okA := na()
		vb, okB := nb()
		for okA || okB {
			if okA && (!okB || va <= vb) {
				if !yield(va) {
					return
				}
				va, okA = na()
			} else {
				if !yield(vb) {
					return
				}
				vb, okB = nb()
			}
		}
	}
}

func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		nb, stop := iter.Pull(b)
		defer stop()
		for x := range a {
			y, ok := nb()
			if !ok || !yield(x, y) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	a := FromSlice([]int{1, 4, 6, 10})
	b := FromSlice([]int{2, 3, 7, 11, 12})
	fmt.Println(slices.Collect(Merge(a, b)))
	fmt.Println(slices.Collect(Take(Merge(a, b), 4)))

	names := FromSlice([]string{"ann", "bob", "cy"})
	for i, n := range Zip(Naturals(), names) {
		fmt.Printf("%d:%s ", i, n)
	}
	fmt.Println()
	m := maps.Collect(Zip(names, Naturals()))
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys, m["cy"])

	next, stop := iter.Pull(Take(Naturals(), 3))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	v, ok := next()
	fmt.Println("after end:", v, ok)
	stop()

	next2, stop2 := iter.Pull2(maps.All(map[string]int{"only": 1}))
	k, val, ok := next2()
	fmt.Println(k, val, ok)
	stop2()
	k, val, ok = next2()
	fmt.Printf("%q %d %v\n", k, val, ok)

	upper := func(seq iter.Seq[string]) iter.Seq[string] {
		return func(yield func(string) bool) {
			for s := range seq {
				if !yield(strings.ToUpper(s)) {
					return
				}
			}
		}
	}
	fmt.Println(slices.Collect(upper(names)))
	for i, w := range slices.All(slices.Collect(upper(slices.Values([]string{"x", "y"})))) {
		fmt.Print(i, w, ";")
	}
	fmt.Println()
	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2))
	fmt.Println(chunks, len(chunks))
	fmt.Println(slices.Sorted(slices.Values([]string{"b", "c", "a"})))
}
