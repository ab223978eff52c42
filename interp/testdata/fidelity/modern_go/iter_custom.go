package main

import (
	"fmt"
	"iter"
	"strings"
)

// Countdown yields n, n-1, ..., 1.
func Countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

// Fib yields Fibonacci numbers forever.
func Fib() iter.Seq[int] {
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

func Enumerate[T any](s []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, v := range s {
			if !yield(i, v) {
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

type Playlist struct {
	songs []string
}

func (p *Playlist) Add(s string) { p.songs = append(p.songs, s) }

func (p *Playlist) All() iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, s := range p.songs {
			if !yield(i+1, s) {
				return
			}
		}
	}
}

func main() {
	for n := range Countdown(5) {
		fmt.Print(n, " ")
	}
	fmt.Println("liftoff")

	for f := range Fib() {
		if f > 100 {
			break
		}
		fmt.Print(f, ",")
	}
	fmt.Println()

	evens := Filter(Fib(), func(n int) bool { return n%2 == 0 })
	for v := range Take(evens, 6) {
		fmt.Println("even fib:", v)
	}

	for i, s := range Enumerate([]string{"alpha", "beta", "gamma"}) {
		fmt.Printf("%d=%s\n", i, strings.ToUpper(s))
	}

	pl := &Playlist{}
	for _, s := range []string{"Intro", "Verse", "Chorus", "Bridge", "Outro"} {
		pl.Add(s)
	}
	for n, s := range pl.All() {
		if s == "Bridge" {
			fmt.Println("skipping the rest at", n)
			break
		}
		fmt.Printf("track %d: %s\n", n, s)
	}

	count := 0
	for range Countdown(7) {
		count++
	}
	fmt.Println("counted", count)

	sum := 0
	Countdown(4)(func(n int) bool {
		sum += n
		return true
	})
	fmt.Println("manual call sum:", sum)
}
