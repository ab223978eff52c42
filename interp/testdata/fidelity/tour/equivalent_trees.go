package main

import "fmt"

type Tree struct {
	Left  *Tree
	Value int
	Right *Tree
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{nil, v, nil}
	}
	if v < t.Value {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

// New builds a tree holding k, 2k, ..., 10k inserted in a fixed shuffled order.
func New(k int) *Tree {
	var t *Tree
	for _, v := range []int{6, 2, 9, 4, 1, 8, 3, 10, 5, 7} {
		t = insert(t, v*k)
	}
	return t
}

func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	s := ""
	if t.Left != nil {
		s += t.Left.String() + " "
	}
	s += fmt.Sprint(t.Value)
	if t.Right != nil {
		s += " " + t.Right.String()
	}
	return "(" + s + ")"
}

func Walk(t *Tree, ch chan int) {
	var walk func(t *Tree)
	walk = func(t *Tree) {
		if t == nil {
			return
		}
		walk(t.Left)
		ch <- t.Value
		walk(t.Right)
	}
	walk(t)
	close(ch)
}

func Same(t1, t2 *Tree) bool {
	c1, c2 := make(chan int), make(chan int)
	go Walk(t1, c1)
	go Walk(t2, c2)
	for {
		v1, ok1 := <-c1
		v2, ok2 := <-c2
		if ok1 != ok2 || v1 != v2 {
			return false
		}
		if !ok1 {
			return true
		}
	}
}

func main() {
	ch := make(chan int)
	go Walk(New(1), ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()

	fmt.Println(New(1))
	fmt.Println("Same(New(1), New(1)):", Same(New(1), New(1)))
	fmt.Println("Same(New(1), New(2)):", Same(New(1), New(2)))

	t := New(3)
	depth := func() int {
		var d func(*Tree) int
		d = func(t *Tree) int {
			if t == nil {
				return 0
			}
			return 1 + max(d(t.Left), d(t.Right))
		}
		return d(t)
	}()
	fmt.Println("depth:", depth)

	sum := 0
	c := make(chan int, 10)
	Walk(t, c)
	for v := range c {
		sum += v
	}
	fmt.Println("sum of New(3):", sum)
}
