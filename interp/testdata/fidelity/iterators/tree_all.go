package main

import (
	"fmt"
	"iter"
)

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		t.push(yield)
	}
}

func (t *Tree[T]) push(yield func(T) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.push(yield) && yield(t.Val) && t.Right.push(yield)
}

func main() {
	t := &Tree[int]{
		Left:  &Tree[int]{Val: 1, Right: &Tree[int]{Val: 2}},
		Val:   3,
		Right: &Tree[int]{Val: 5, Left: &Tree[int]{Val: 4}},
	}
	for v := range t.All() {
		fmt.Print(v, " ")
	}
	fmt.Println()

	for v := range t.All() {
		if v == 3 {
			fmt.Println("found 3, stopping")
			break
		}
	}
}
