package main

import (
	"fmt"
	"iter"
	"slices"
)

// Merge merges two sorted sequences using pull iterators.
func Merge(a, b iter.Seq[int]) iter.Seq[int] {
	return func(yield func(int) bool) {
		nextA, stopA := iter.Pull(a)
		defer stopA()
		nextB, stopB := iter.Pull(b)
		defer stopB()
		va, okA := nextA()
		vb, okB := nextB()
		for okA || okB {
			if okA && (!okB || va <= vb) {
				if !yield(va) {
					return
				}
				va, okA = nextA()
			} else {
				if !yield(vb) {
					return
				}
				vb, okB = nextB()
			}
		}
	}
}

func Pairs[T any](seq iter.Seq[T]) iter.Seq2[T, T] {
	return func(yield func(T, T) bool) {
		next, stop := iter.Pull(seq)
		defer stop()
		for {
			a, ok := next()
			if !ok {
				return
			}
			b, ok := next()
			if !ok {
				return
			}
			if !yield(a, b) {
				return
			}
		}
	}
}

func main() {
	a := slices.Values([]int{1, 4, 6, 9, 12})
	b := slices.Values([]int{2, 3, 6, 10})
	merged := slices.Collect(Merge(a, b))
	fmt.Println(merged)

	for x, y := range Pairs(slices.Values([]string{"a", "b", "c", "d", "e"})) {
		fmt.Println(x + y)
	}

	next, stop := iter.Pull(slices.Values([]string{"x", "y", "z"}))
	for i := 0; i < 4; i++ {
		v, ok := next()
		fmt.Printf("pull %d: %q %t\n", i, v, ok)
	}
	stop()
	v, ok := next()
	fmt.Printf("after stop: %q %t\n", v, ok)

	next2, stop2 := iter.Pull2(slices.All([]float64{1.5, 2.5}))
	defer stop2()
	for {
		i, f, ok := next2()
		if !ok {
			break
		}
		fmt.Println(i, f)
	}
	for i, v := range slices.Backward(merged[:4]) {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
}
