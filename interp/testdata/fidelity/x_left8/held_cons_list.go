package main

import (
	"fmt"
	"strings"
)

// A persistent list of interface nodes, as in a functional-programming
// tutorial.
type List interface{ Len() int }

type Nil struct{}
type Cons struct {
	Head int
	Tail List
}

func (Nil) Len() int    { return 0 }
func (c Cons) Len() int { return 1 + c.Tail.Len() }

func FromSlice(xs []int) List {
	var l List = Nil{}
	for i := len(xs) - 1; i >= 0; i-- {
		l = Cons{xs[i], l}
	}
	return l
}

func main() {
	l := FromSlice([]int{1, 2, 3, 4, 5, 6})
	fmt.Println(l.Len())
	fmt.Println(l)
	fmt.Printf("%+v\n", l)
	s := fmt.Sprint(FromSlice([]int{9, 8, 7, 6, 5}))
	fmt.Println(strings.Count(s, "{"), len(s))
}
