package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
)

func SortedMerge[T cmp.Ordered](a, b iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		va, oka := na()
		vb, okb := nb()
		for oka || okb {
			if !okb || (oka && va <= vb) {
				if !yield(va) {
					return
				}
				va, oka = na()
			} else {
				if !yield(vb) {
					return
				}
				vb, okb = nb()
			}
		}
	}
}

func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		nb, stop := iter.Pull(b)
		defer stop()
		for va := range a {
			vb, ok := nb()
			if !ok || !yield(va, vb) {
				return
			}
		}
	}
}

type Event struct {
	At   int
	Name string
}

func main() {
	a := slices.Values([]int{1, 4, 9, 16})
	b := slices.Values([]int{2, 3, 10, 11, 20})
	fmt.Println(slices.Collect(SortedMerge(a, b)))
	for v := range SortedMerge(a, b) {
		if v > 5 {
			fmt.Println("stop at", v)
			break
		}
	}
	names := slices.Values([]string{"x", "y", "z"})
	for i, n := range Zip(slices.Values([]int{10, 20, 30, 40}), names) {
		fmt.Printf("%d=%s ", i, n)
	}
	fmt.Println()
	next, stop := iter.Pull2(Zip(names, slices.Values([]Event{{1, "boot"}, {5, "run"}})))
	for {
		k, ev, ok := next()
		if !ok {
			break
		}
		fmt.Printf("%s %+v %v\n", k, ev, ev)
	}
	stop()
	k, ev, ok := next()
	fmt.Printf("%q %v %v\n", k, ev, ok)
	words := SortedMerge(slices.Values([]string{"ant", "cow"}), slices.Values([]string{"bee", "dog", "eel"}))
	fmt.Printf("%q\n", slices.Collect(words))
}
