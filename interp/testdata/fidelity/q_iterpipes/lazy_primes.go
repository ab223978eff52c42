package main

import (
	"fmt"
	"iter"
	"slices"
)

func Naturals(from int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for n := from; ; n++ {
			if !yield(n) {
				return
			}
		}
	}
}

func Primes() iter.Seq[int] {
	return func(yield func(int) bool) {
		var found []int
		for n := range Naturals(2) {
			isPrime := true
			for _, p := range found {
				if p*p > n {
					break
				}
				if n%p == 0 {
					isPrime = false
					break
				}
			}
			if isPrime {
				found = append(found, n)
				if !yield(n) {
					return
				}
			}
		}
	}
}

func TakeWhile[T any](seq iter.Seq[T], pred func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if !pred(v) || !yield(v) {
				return
			}
		}
	}
}

func Window[T any](seq iter.Seq[T], n int) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		buf := make([]T, 0, n)
		for v := range seq {
			if len(buf) == n {
				buf = append(buf[:0], buf[1:]...)
			}
			buf = append(buf, v)
			if len(buf) == n && !yield(slices.Clone(buf)) {
				return
			}
		}
	}
}

type Collatz int

func (c Collatz) All() iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		n, step := int(c), 0
		for {
			if !yield(step, n) || n == 1 {
				return
			}
			if n%2 == 0 {
				n /= 2
			} else {
				n = 3*n + 1
			}
			step++
		}
	}
}

func main() {
	small := slices.Collect(TakeWhile(Primes(), func(p int) bool { return p < 60 }))
	fmt.Println(small, len(small))
	var twins [][2]int
	for w := range Window(Primes(), 2) {
		if w[1]-w[0] == 2 {
			twins = append(twins, [2]int{w[0], w[1]})
		}
		if w[1] > 150 {
			break
		}
	}
	fmt.Println(twins)
	next, stop := iter.Pull(Primes())
	defer stop()
	sum := 0
	for range 100 {
		p, _ := next()
		sum += p
	}
	p101, _ := next()
	fmt.Println("sum of first 100 primes:", sum, "101st:", p101)

	longest, arg := 0, 0
	for n := range TakeWhile(Naturals(1), func(n int) bool { return n < 30 }) {
		steps := 0
		for s := range Collatz(n).All() {
			steps = s
		}
		if steps > longest {
			longest, arg = steps, n
		}
	}
	fmt.Println("longest collatz under 30:", arg, longest)
	for i, v := range Collatz(6).All() {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	gaps := map[int]int{}
	prev := 2
	for p := range TakeWhile(Primes(), func(p int) bool { return p < 1000 }) {
		gaps[p-prev]++
		prev = p
	}
	for _, g := range []int{0, 1, 2, 4, 6, 8, 14, 20} {
		fmt.Printf("gap%d=%d ", g, gaps[g])
	}
	fmt.Println()
}
