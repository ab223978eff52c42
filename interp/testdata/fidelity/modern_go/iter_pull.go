package main

import (
	"fmt"
	"iter"
	"slices"
)

func Range(lo, hi, step int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := lo; i < hi; i += step {
			if !yield(i) {
				return
			}
		}
	}
}

// Zip pairs up two sequences until either ends.
func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		nextA, stopA := iter.Pull(a)
		defer stopA()
		nextB, stopB := iter.Pull(b)
		defer stopB()
		for {
			va, ok1 := nextA()
			vb, ok2 := nextB()
			if !ok1 || !ok2 {
				return
			}
			if !yield(va, vb) {
				return
			}
		}
	}
}

// Merge merges two sorted sequences.
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
	for a, b := range Zip(Range(0, 5, 1), slices.Values([]string{"zero", "one", "two"})) {
		fmt.Println(a, b)
	}

	merged := slices.Collect(Merge(Range(0, 20, 3), Range(1, 20, 4)))
	fmt.Println("merged:", merged)
	fmt.Println("sorted?", slices.IsSorted(merged))

	next, stop := iter.Pull(Range(10, 15, 1))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	stop()

	next2, stop2 := iter.Pull2(slices.All([]string{"a", "b", "c", "d"}))
	i, s, ok := next2()
	fmt.Println(i, s, ok)
	i, s, ok = next2()
	fmt.Println(i, s, ok)
	stop2()
	i, s, ok = next2()
	fmt.Printf("after stop: %d %q %v\n", i, s, ok)

	first := 0
	for v := range Merge(Range(100, 200, 7), Range(90, 200, 50)) {
		first++
		fmt.Print(v, " ")
		if first == 6 {
			break
		}
	}
	fmt.Println()
}
