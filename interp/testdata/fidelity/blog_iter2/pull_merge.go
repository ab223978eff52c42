// Merging sorted streams with iter.Pull and a pipeline of stages.
package main

import (
	"fmt"
	"iter"
	"slices"
)

// Merge yields the values of two ascending sequences in ascending order.
func Merge(a, b iter.Seq[int]) iter.Seq[int] {
	return func(yield func(int) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		x, okx := na()
		y, oky := nb()
		for okx || oky {
			if !oky || (okx && x <= y) {
				if !yield(x) {
					return
				}
				x, okx = na()
			} else {
				if !yield(y) {
					return
				}
				y, oky = nb()
			}
		}
	}
}

func Dedup(seq iter.Seq[int]) iter.Seq[int] {
	return func(yield func(int) bool) {
		first := true
		var last int
		for v := range seq {
			if !first && v == last {
				continue
			}
			first, last = false, v
			if !yield(v) {
				return
			}
		}
	}
}

func Multiples(k, limit int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for v := k; v <= limit; v += k {
			if !yield(v) {
				return
			}
		}
	}
}

type Stats struct {
	Count, Sum, Max int
}

func Summarize(seq iter.Seq[int]) (s Stats) {
	for v := range seq {
		s.Count++
		s.Sum += v
		s.Max = max(s.Max, v)
	}
	return
}

func main() {
	m := Dedup(Merge(Multiples(3, 30), Multiples(5, 30)))
	fmt.Println(slices.Collect(m))
	fmt.Printf("%+v\n", Summarize(m))

	all := Multiples(2, 10)
	for _, k := range []int{3, 7} {
		all = Merge(all, Multiples(k, 21))
	}
	fmt.Println(slices.Collect(all))

	for v := range Dedup(all) {
		if v > 12 {
			fmt.Println("stop at", v)
			break
		}
	}

	next, stop := iter.Pull(Dedup(all))
	defer stop()
	var firstFive []int
	for len(firstFive) < 5 {
		v, ok := next()
		if !ok {
			break
		}
		firstFive = append(firstFive, v)
	}
	fmt.Println(firstFive)
	fmt.Println(Summarize(Merge(nil2(), Multiples(4, 12))))
}

func nil2() iter.Seq[int] {
	return func(func(int) bool) {}
}
