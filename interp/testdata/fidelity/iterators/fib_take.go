package main

import (
	"fmt"
	"iter"
)

func Fibonacci() iter.Seq[int] {
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

func Filter[T any](seq iter.Seq[T], pred func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if pred(v) && !yield(v) {
				return
			}
		}
	}
}

func Countdown(from int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := from; i >= 0; i-- {
			if !yield(i) {
				fmt.Println("  (countdown stopped early at", i, ")")
				return
			}
		}
	}
}

func main() {
	for f := range Take(Fibonacci(), 12) {
		fmt.Print(f, " ")
	}
	fmt.Println()

	even := Filter(Fibonacci(), func(n int) bool { return n%2 == 0 })
	for f := range Take(even, 6) {
		fmt.Print(f, " ")
	}
	fmt.Println()

	for n := range Fibonacci() {
		if n > 1000 {
			fmt.Println("first fib over 1000:", n)
			break
		}
	}

	for i := range Countdown(5) {
		fmt.Println("T-minus", i)
		if i == 3 {
			break
		}
	}
	sum := 0
	for i := range Countdown(10) {
		sum += i
	}
	fmt.Println("sum", sum)
	fmt.Println(len(fmt.Sprint(Take(Fibonacci(), 0) == nil)))
}
