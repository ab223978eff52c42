package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Count(start, step int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := start; ; i += step {
			if !yield(i) {
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

func Enumerate[T any](s []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func main() {
	evens := Take(Count(0, 2), 5)
	odds := Take(Count(1, 3), 4)
	fmt.Println(slices.Collect(evens), slices.Collect(odds))
	fmt.Println(slices.Collect(Merge(evens, odds)))

	for i, w := range Enumerate(strings.Fields("the quick brown fox")) {
		if i == 3 {
			break
		}
		fmt.Printf("%d:%s ", i, w)
	}
	fmt.Println()

	ages := map[string]int{"bob": 31, "al": 25, "cy": 40}
	names := slices.Sorted(maps.Keys(ages))
	fmt.Println(names)
	total := 0
	for _, a := range maps.All(ages) {
		total += a
	}
	fmt.Println("total", total)
	next, stop := iter.Pull(slices.Values(names))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print(strings.ToUpper(v), ";")
	}
	stop()
	fmt.Println()
	for i, v := range slices.Backward([]string{"a", "b", "c"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3))
	fmt.Println(chunks, len(chunks))
}
