package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i >= 0; i-- {
			if !yield(i) {
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

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

type List[T any] struct {
	head *elem[T]
}

type elem[T any] struct {
	v    T
	next *elem[T]
}

func (l *List[T]) Push(v T) { l.head = &elem[T]{v, l.head} }

func (l *List[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for e := l.head; e != nil; e = e.next {
			if !yield(i, e.v) {
				return
			}
			i++
		}
	}
}

func main() {
	for v := range Countdown(5) {
		fmt.Print(v, " ")
	}
	fmt.Println("liftoff")

	primes := Filter(Naturals(), func(n int) bool {
		if n < 2 {
			return false
		}
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				return false
			}
		}
		return true
	})
	fmt.Println(slices.Collect(Take(primes, 10)))

	var l List[string]
	for _, w := range strings.Fields("one two three four") {
		l.Push(w)
	}
	for i, v := range l.All() {
		if i == 3 {
			break
		}
		fmt.Printf("%d:%s ", i, v)
	}
	fmt.Println()

	ages := map[string]int{"zoe": 31, "adam": 22, "mia": 27}
	keys := slices.Sorted(maps.Keys(ages))
	fmt.Println(keys)
	for _, k := range keys {
		fmt.Println(k, ages[k])
	}
	for i, w := range slices.Backward([]string{"a", "b", "c"}) {
		fmt.Print(i, w, ";")
	}
	fmt.Println()
	for i := range 3 {
		fmt.Print("tick", i, " ")
	}
	fmt.Println()
	next, stop := iter.Pull(Countdown(3))
	defer stop()
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println("pulled", v)
	}
	for part := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Printf("%q ", part)
	}
	fmt.Println()
}
