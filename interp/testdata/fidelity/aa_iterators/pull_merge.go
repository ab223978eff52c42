package main

import (
	"fmt"
	"iter"
	"slices"
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

// Merge merges two sorted sequences with iter.Pull.
func Merge(a, b iter.Seq[int]) iter.Seq[int] {
	return func(yield func(int) bool) {
		na, stopA := iter.Pull(a)
		defer stopA()
		nb, stopB := iter.Pull(b)
		defer stopB()
		x, okA := na()
		y, okB := nb()
		for okA || okB {
			if okA && (!okB || x <= y) {
				if !yield(x) {
					return
				}
				x, okA = na()
			} else {
				if !yield(y) {
					return
				}
				y, okB = nb()
			}
		}
	}
}

func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		for {
			x, ok1 := na()
			y, ok2 := nb()
			if !ok1 || !ok2 || !yield(x, y) {
				return
			}
		}
	}
}

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	merged := Merge(FromSlice([]int{1, 4, 9, 16}), FromSlice([]int{2, 3, 5, 7, 11, 13, 17}))
	fmt.Println(slices.Collect(merged))
	for v := range merged {
		if v > 6 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i, s := range Zip(Naturals(), FromSlice([]string{"one", "two", "three"})) {
		fmt.Printf("%d:%s ", i, s)
	}
	fmt.Println()
	next, stop := iter.Pull(Naturals())
	a, _ := next()
	b, _ := next()
	stop()
	c, ok := next()
	fmt.Println(a, b, c, ok)
}
