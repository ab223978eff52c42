package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Zip[A, B any](as iter.Seq[A], bs iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		next, stop := iter.Pull(bs)
		defer stop()
		for a := range as {
			b, ok := next()
			if !ok || !yield(a, b) {
				return
			}
		}
	}
}

func Enumerate[T any](seq iter.Seq[T], start int) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := start
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func Chunk[T any](seq iter.Seq[T], n int) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		var buf []T
		for v := range seq {
			buf = append(buf, v)
			if len(buf) == n {
				if !yield(buf) {
					return
				}
				buf = nil
			}
		}
		if len(buf) > 0 {
			yield(buf)
		}
	}
}

func Window[T any](xs []T, n int) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		for i := 0; i+n <= len(xs); i++ {
			if !yield(xs[i : i+n]) {
				return
			}
		}
	}
}

func main() {
	names := []string{"ann", "bob", "cy", "dee"}
	scores := []int{91, 78, 85}
	for n, s := range Zip(slices.Values(names), slices.Values(scores)) {
		fmt.Printf("%-4s %d\n", n, s)
	}
	for i, w := range Enumerate(strings.FieldsSeq("the quick brown fox"), 1) {
		fmt.Printf("%d:%s ", i, w)
	}
	fmt.Println()
	for c := range Chunk(slices.Values([]int{1, 2, 3, 4, 5, 6, 7}), 3) {
		fmt.Print(c, " ")
	}
	fmt.Println()
	temps := []float64{20.5, 21, 23.5, 22, 19, 18.5, 24}
	var avgs []string
	for w := range Window(temps, 3) {
		s := 0.0
		for _, t := range w {
			s += t
		}
		avgs = append(avgs, fmt.Sprintf("%.2f", s/3))
	}
	fmt.Println(strings.Join(avgs, " "))
	m := maps.Collect(Zip(slices.Values(names), slices.Values(scores)))
	fmt.Println(m, len(m))
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	for k, v := range maps.All(map[string]int{"only": 1}) {
		fmt.Println(k, v)
	}
	count := 0
	for range Zip(slices.Values(scores), Chunk(slices.Values(names), 2)) {
		count++
	}
	fmt.Println("pairs:", count)
}
