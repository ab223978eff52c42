package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

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

func MergeSorted(a, b iter.Seq[int]) iter.Seq[int] {
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
	next, stop := iter.Pull(Fib())
	for range 10 {
		v, ok := next()
		fmt.Print(v, ok, " ")
	}
	fmt.Println()
	stop()
	v, ok := next()
	fmt.Println("after stop:", v, ok)

	letters := slices.Values([]string{"a", "b", "c", "d"})
	for l, f := range Zip(letters, Fib()) {
		fmt.Printf("%s=%d ", l, f)
	}
	fmt.Println()

	merged := slices.Collect(MergeSorted(slices.Values([]int{1, 4, 9, 10}), slices.Values([]int{2, 3, 9, 20, 21})))
	fmt.Println(merged)

	next2, stop2 := iter.Pull2(slices.All([]string{"x", "y"}))
	defer stop2()
	for {
		i, s, ok := next2()
		if !ok {
			break
		}
		fmt.Println(i, strings.Repeat(s, i+1))
	}
}
