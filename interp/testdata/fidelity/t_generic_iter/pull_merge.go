package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
)

func Merge[T cmp.Ordered](a, b iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
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

func Multiples(k, limit int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := k; i <= limit; i += k {
			if !yield(i) {
				return
			}
		}
	}
}

func Letters() iter.Seq[rune] {
	return func(yield func(rune) bool) {
		for r := 'a'; ; r++ {
			if !yield(r) {
				return
			}
		}
	}
}

func main() {
	m := Merge(Multiples(3, 20), Multiples(4, 20))
	fmt.Println(slices.Collect(m))

	words := slices.Values([]string{"apple", "cherry", "fig"})
	more := slices.Values([]string{"banana", "date", "grape", "kiwi"})
	fmt.Println(slices.Collect(Merge(words, more)))

	for i, r := range Zip(Multiples(10, 100), Letters()) {
		if i > 50 {
			break
		}
		fmt.Printf("%d:%c ", i, r)
	}
	fmt.Println()

	next, stop := iter.Pull(Multiples(7, 30))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print(v, ";")
	}
	stop()
	v, ok := next()
	fmt.Println(" after stop:", v, ok)

	count := 0
	for x := range Merge(Multiples(2, 1000), Multiples(5, 1000)) {
		if x > 30 {
			break
		}
		count++
	}
	fmt.Println("count below 30:", count)
}
