package main

import (
	"fmt"
	"iter"
	"slices"
)

func Merge[T any](a, b iter.Seq[T], less func(T, T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		na, stopA := iter.Pull(a)
		defer stopA()
		nb, stopB := iter.Pull(b)
		defer stopB()
		va, okA := na()
		vb, okB := nb()
		for okA || okB {
			if okA && (!okB || !less(vb, va)) {
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

func Multiples(k int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := k; ; i += k {
			if !yield(i) {
				return
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

type Event struct {
	T    int
	Name string
}

func main() {
	less := func(a, b int) bool { return a < b }
	m := Merge(Multiples(3), Multiples(5), less)
	fmt.Println(slices.Collect(Take(m, 10)))
	left := slices.Values([]Event{{1, "boot"}, {4, "login"}, {9, "logout"}})
	right := slices.Values([]Event{{2, "cron"}, {4, "alert"}, {12, "cron"}})
	for e := range Merge(left, right, func(a, b Event) bool { return a.T < b.T }) {
		fmt.Printf("%+v ", e)
	}
	fmt.Println()
	for i, w := range Zip(Multiples(10), slices.Values([]string{"a", "b", "c"})) {
		fmt.Print(i, w, " ")
	}
	fmt.Println()
	next, stop := iter.Pull(Take(Multiples(7), 3))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Print(v, ",")
	}
	stop()
	v, ok := next()
	fmt.Println(" after stop:", v, ok)
	next2, stop2 := iter.Pull2(slices.All([]string{"x", "y"}))
	i, s, ok := next2()
	stop2()
	fmt.Println(i, s, ok)
	fmt.Println(slices.Collect(Take(Multiples(2), 0)) == nil)
}
