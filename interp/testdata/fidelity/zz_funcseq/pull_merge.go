package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
)

// MergeSorted merges already-sorted sequences with iter.Pull.
func MergeSorted[T cmp.Ordered](seqs ...iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		type src struct {
			next func() (T, bool)
			stop func()
			cur  T
			ok   bool
		}
		var srcs []*src
		for _, s := range seqs {
			next, stop := iter.Pull(s)
			v, ok := next()
			srcs = append(srcs, &src{next, stop, v, ok})
		}
		defer func() {
			for _, s := range srcs {
				s.stop()
			}
		}()
		for {
			var best *src
			for _, s := range srcs {
				if s.ok && (best == nil || s.cur < best.cur) {
					best = s
				}
			}
			if best == nil {
				return
			}
			if !yield(best.cur) {
				return
			}
			best.cur, best.ok = best.next()
		}
	}
}

func Dedup[T comparable](seq iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		first := true
		var last T
		for v := range seq {
			if first || v != last {
				if !yield(v) {
					return
				}
			}
			first, last = false, v
		}
	}
}

func countdown(n int, trace *[]string) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer func() { *trace = append(*trace, fmt.Sprintf("countdown(%d) done", n)) }()
		for i := n; i > 0; i-- {
			if !yield(i) {
				*trace = append(*trace, fmt.Sprintf("stopped at %d", i))
				return
			}
		}
	}
}

func main() {
	a := slices.Values([]int{1, 4, 9, 16})
	b := slices.Values([]int{2, 3, 4, 10})
	c := slices.Values([]int{0, 4, 20})
	fmt.Println(slices.Collect(MergeSorted(a, b, c)))
	fmt.Println(slices.Collect(Dedup(MergeSorted(a, b, c))))
	words := MergeSorted(slices.Values([]string{"apple", "fig"}), slices.Values([]string{"banana", "cherry", "grape"}))
	for w := range words {
		if w == "fig" {
			break
		}
		fmt.Print(w, " ")
	}
	fmt.Println()

	var trace []string
	next, stop := iter.Pull(countdown(5, &trace))
	v1, ok1 := next()
	v2, ok2 := next()
	stop()
	v3, ok3 := next()
	fmt.Println(v1, ok1, v2, ok2, v3, ok3)
	fmt.Println(trace)
	trace = nil
	for v := range countdown(3, &trace) {
		fmt.Print(v, " ")
	}
	fmt.Println(trace)
}
