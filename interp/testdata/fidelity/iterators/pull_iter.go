package main

import (
	"fmt"
	"iter"
	"slices"
)

func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		nextB, stop := iter.Pull(b)
		defer stop()
		for x := range a {
			y, ok := nextB()
			if !ok || !yield(x, y) {
				return
			}
		}
	}
}

func main() {
	letters := slices.Values([]string{"a", "b", "c", "d"})
	nums := slices.Values([]int{1, 2, 3})
	for l, n := range Zip(letters, nums) {
		fmt.Println(l, n)
	}
	next, stop := iter.Pull(slices.Values([]int{10, 20}))
	defer stop()
	for {
		v, ok := next()
		fmt.Println(v, ok)
		if !ok {
			break
		}
	}
}
