package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type Counter struct{ hits int }

func (c *Counter) Hit()         { c.hits++ }
func (c Counter) Peek() int     { return c.hits }
func increment(x *int)          { *x++ }
func zero(arr *[3]int)          { arr[0], arr[1], arr[2] = 0, 0, 0 }
func swap(a, b *string)         { *a, *b = *b, *a }
func newInt(v int) *int         { return &v }
func modifySlice(s []int)       { s[0] = 100 }
func appendSlice(s []int)       { s = append(s, 4); s[0] = -1 }
func appendPtr(s *[]int)        { *s = append(*s, 4) }
func resetMap(m map[string]int) { m["reset"] = 1 }

func main() {
	b := 255
	var a *int = &b
	fmt.Printf("Type of a is %T\n", a)
	fmt.Println("value of b through a:", *a)
	*a++
	fmt.Println("new value of b is", b)

	var nilPtr *int
	fmt.Println("nil pointer:", nilPtr, nilPtr == nil)
	size := new(int)
	fmt.Printf("new int: %d, %T\n", *size, size)
	*size = 85
	increment(size)
	fmt.Println(*size)

	arr := [3]int{89, 90, 91}
	zero(&arr)
	fmt.Println(arr)

	x, y := "left", "right"
	swap(&x, &y)
	fmt.Println(x, y)

	p1, p2 := newInt(1), newInt(1)
	fmt.Println(p1 == p2, *p1 == *p2)

	s := []int{1, 2, 3}
	modifySlice(s)
	fmt.Println(s)
	appendSlice(s)
	fmt.Println(s)
	appendPtr(&s)
	fmt.Println(s, len(s))
	m := map[string]int{}
	resetMap(m)
	fmt.Println(m)

	var c Counter
	c.Hit()
	c.Hit()
	pc := &c
	pc.Hit()
	fmt.Println(c.Peek(), pc.Peek(), (*pc).hits)

	var head *Node
	for i := 5; i >= 1; i-- {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, "->")
	}
	fmt.Println("nil")
	var prev *Node
	for cur := head; cur != nil; {
		next := cur.Next
		cur.Next = prev
		prev, cur = cur, next
	}
	for n := prev; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()

	pp := &a
	**pp = 7
	fmt.Println(b, **pp == b)
	type Pt struct{ X, Y int }
	pts := []*Pt{{1, 2}, {3, 4}}
	for _, p := range pts {
		p.X *= 10
	}
	fmt.Println(*pts[0], *pts[1], pts[0].X+pts[1].Y)
	vals := []Pt{{1, 1}, {2, 2}}
	for _, v := range vals {
		v.X = 99
	}
	for i := range vals {
		vals[i].Y = 50
	}
	fmt.Println(vals)
}
