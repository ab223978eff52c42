package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) String() string { return fmt.Sprintf("(%v, %v)", p.First, p.Second) }

func Zip[A, B any](as iter.Seq[A], bs iter.Seq[B]) iter.Seq[Pair[A, B]] {
	return func(yield func(Pair[A, B]) bool) {
		nextB, stop := iter.Pull(bs)
		defer stop()
		for a := range as {
			b, ok := nextB()
			if !ok {
				return
			}
			if !yield(Pair[A, B]{a, b}) {
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

func Enumerate[T any](seq iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
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
			var v int
			if oka && (!okb || va <= vb) {
				v = va
				va, oka = na()
			} else {
				v = vb
				vb, okb = nb()
			}
			if !yield(v) {
				return
			}
		}
	}
}

func main() {
	names := []string{"ann", "bob", "cyd", "dee"}
	for p := range Zip(slices.Values(names), Fib()) {
		fmt.Print(p, " ")
	}
	fmt.Println()
	pairs := slices.Collect(Zip(slices.Values([]int{1, 2, 3, 4, 5}), slices.Values([]string{"x", "y"})))
	fmt.Println(pairs, len(pairs))
	fmt.Printf("%v %+v\n", pairs[0], pairs[1].First)

	next, stop := iter.Pull(Fib())
	for range 10 {
		v, _ := next()
		fmt.Print(v, ",")
	}
	stop()
	v, ok := next()
	fmt.Println(" after stop:", v, ok)

	for i, s := range Enumerate(slices.Values(strings.Split("a-b-c", "-"))) {
		fmt.Printf("%d=%s ", i, s)
	}
	fmt.Println()
	merged := MergeSorted(slices.Values([]int{1, 4, 9, 10}), slices.Values([]int{2, 3, 9, 20, 21}))
	fmt.Println(slices.Collect(merged))
	for v := range merged {
		if v > 3 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()

	n2, stop2 := iter.Pull2(Enumerate(slices.Values([]rune("héllo"))))
	defer stop2()
	for {
		i, r, ok := n2()
		if !ok {
			break
		}
		fmt.Printf("%d:%c ", i, r)
	}
	fmt.Println()
	k, val, ok2 := n2()
	fmt.Println(k, val, ok2)
}
