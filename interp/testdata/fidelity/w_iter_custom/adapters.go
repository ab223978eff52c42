package main

import (
	"fmt"
	"iter"
	"strings"
)

func From[T any](xs ...T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, x := range xs {
			if !yield(x) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
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

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

type Item struct {
	Name  string
	Price float64
}

func main() {
	evens := Filter(Naturals(), func(n int) bool { return n%2 == 0 })
	squares := Map(evens, func(n int) int { return n * n })
	for i, v := range Enumerate(Take(squares, 5)) {
		fmt.Printf("%d:%d ", i, v)
	}
	fmt.Println()
	items := From(Item{"pen", 1.5}, Item{"book", 12}, Item{"bag", 30}, Item{"ink", 4.25})
	cheap := Filter(items, func(it Item) bool { return it.Price < 10 })
	labels := Map(cheap, func(it Item) string { return fmt.Sprintf("%s@%.2f", it.Name, it.Price) })
	var parts []string
	for l := range labels {
		parts = append(parts, l)
	}
	fmt.Println(strings.Join(parts, ", "))
	for it := range items {
		if it.Price > 20 {
			fmt.Printf("first expensive: %+v\n", it)
			break
		}
	}
	total := 0.0
	for _, it := range Enumerate(items) {
		total += it.Price
	}
	fmt.Printf("%.2f\n", total)
	words := Map(From("a", "bb", "ccc"), strings.ToUpper)
	for w := range words {
		fmt.Print(w, len(w), " ")
	}
	fmt.Println()
	var none []int
	for range Take(From(none...), 3) {
		fmt.Println("never")
	}
	fmt.Println(func() int {
		for n := range Naturals() {
			if n*n > 50 {
				return n
			}
		}
		return -1
	}())
}
