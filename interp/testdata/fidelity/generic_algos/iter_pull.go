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

func Fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func Zip[A, B any](as iter.Seq[A], bs iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		nextB, stop := iter.Pull(bs)
		defer stop()
		for a := range as {
			b, ok := nextB()
			if !ok || !yield(a, b) {
				return
			}
		}
	}
}

func Merge(a, b iter.Seq[int]) iter.Seq[int] {
	return func(yield func(int) bool) {
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

func main() {
	for v := range Take(Count(10, 5), 4) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(slices.Collect(Take(Fib(), 12)))

	next, stop := iter.Pull(Fib())
	for i := 0; i < 5; i++ {
		v, ok := next()
		fmt.Print(v, ok, "; ")
	}
	stop()
	v, ok := next()
	fmt.Println("after stop:", v, ok)

	names := slices.Values([]string{"ann", "bob", "cid"})
	for i, n := range Zip(Count(1, 1), names) {
		fmt.Printf("%d.%s ", i, n)
	}
	fmt.Println()

	evens := Take(Count(0, 2), 6)
	odds := slices.Values([]int{1, 3, 5, 7, 9, 11, 13})
	fmt.Println(slices.Collect(Merge(evens, odds)))

	m := map[string]int{"x": 3, "a": 1, "m": 2}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	for k, v := range maps.All(map[int]string{1: "one"}) {
		fmt.Println(k, v)
	}
	fmt.Println(slices.Collect(maps.Values(map[string]int{"only": 42})))

	for i, w := range slices.All(strings.Fields("a b c")) {
		fmt.Print(i, w, " ")
	}
	fmt.Println()
	for i, w := range slices.Backward([]string{"x", "y", "z"}) {
		fmt.Print(i, w, " ")
	}
	fmt.Println()
	for line := range strings.Lines("first\nsecond\nthird") {
		fmt.Printf("%q ", line)
	}
	fmt.Println()
	for part := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("[%s]", part)
	}
	fmt.Println()
	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2))
	fmt.Println(chunks, len(chunks))
	sorted := slices.SortedFunc(slices.Values([]string{"bb", "a", "ccc"}), func(a, b string) int { return len(b) - len(a) })
	fmt.Println(sorted)
}
