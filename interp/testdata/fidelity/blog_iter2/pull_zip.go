// Zipping two iterators with iter.Pull, as in the "Range Functions" blog post.
package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

// Pair holds one element from each side; a missing side is flagged.
type Pair[A, B any] struct {
	Left  A
	Right B
	HasL  bool
	HasR  bool
}

func (p Pair[A, B]) String() string {
	l, r := "-", "-"
	if p.HasL {
		l = fmt.Sprint(p.Left)
	}
	if p.HasR {
		r = fmt.Sprint(p.Right)
	}
	return "(" + l + ", " + r + ")"
}

// Zip walks both sequences in step until both are exhausted.
func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq[Pair[A, B]] {
	return func(yield func(Pair[A, B]) bool) {
		nextA, stopA := iter.Pull(a)
		defer stopA()
		nextB, stopB := iter.Pull(b)
		defer stopB()
		for {
			va, okA := nextA()
			vb, okB := nextB()
			if !okA && !okB {
				return
			}
			if !yield(Pair[A, B]{va, vb, okA, okB}) {
				return
			}
		}
	}
}

func Count(start, step int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for n := start; ; n += step {
			if !yield(n) {
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

// EqualSeq reports whether two sequences yield the same values.
func EqualSeq[T comparable](a, b iter.Seq[T]) bool {
	na, sa := iter.Pull(a)
	defer sa()
	nb, sb := iter.Pull(b)
	defer sb()
	for {
		x, ok1 := na()
		y, ok2 := nb()
		if ok1 != ok2 || x != y {
			return false
		}
		if !ok1 {
			return true
		}
	}
}

func main() {
	words := strings.Fields("alpha beta gamma delta epsilon")
	for p := range Zip(slices.Values(words), Take(Count(10, 5), 3)) {
		fmt.Println(p)
	}

	fmt.Println(EqualSeq(slices.Values([]int{1, 2, 3}), Take(Count(1, 1), 3)))
	fmt.Println(EqualSeq(slices.Values([]int{1, 2, 3}), Take(Count(1, 1), 4)))

	next, stop := iter.Pull(Count(100, -7))
	for i := 0; i < 4; i++ {
		v, ok := next()
		fmt.Printf("pull %d: %d %v\n", i, v, ok)
	}
	stop()
	v, ok := next()
	fmt.Println("after stop:", v, ok)

	var collected []string
	for p := range Zip(Take(Count(0, 1), 2), slices.Values([]string{"x", "y", "z"})) {
		collected = append(collected, p.String())
	}
	fmt.Println(strings.Join(collected, " | "))
}
