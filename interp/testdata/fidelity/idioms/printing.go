package main

import (
	"errors"
	"fmt"
	"os"
)

type Node struct {
	Val   int
	Left  *Node
	Right *Node
}

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func main() {
	var ns []int
	var nm map[string]int
	var np *Node
	var ni Shape
	var ne error
	var nf func(int) int
	var nc chan int
	fmt.Println(ns, nm, np, ni, ne, nf == nil, nc)
	fmt.Printf("%v %v %v %v %v\n", ns, nm, np, ni, ne)
	fmt.Printf("%T %T %T %T %T %T\n", ns, nm, np, ni, nf, nc)
	fmt.Printf("%d %s %q %x\n", []int{1, 2}, []string{"a", "b"}, []string{"a", "b"}, []byte("hi"))
	n := &Node{Val: 1, Left: &Node{Val: 2}}
	fmt.Printf("%v %+v\n", *n.Left, *n.Left)
	fmt.Println(n.Left.Left == nil, n.Right)
	shapes := []Shape{Sq{2}, Sq{3}}
	fmt.Println(shapes, len(shapes))
	fmt.Printf("%v %+v %T\n", shapes[0], shapes[1], shapes[0])
	temps := map[string]Temp{"b": 20.5, "a": -3}
	fmt.Println(temps)
	fmt.Printf("%v %s %.2f %5.1f|\n", Temp(1), Temp(2), Temp(3), float64(Temp(4)))
	ch := make(chan string, 1)
	var ro <-chan string = ch
	var so chan<- string = ch
	fmt.Printf("%T %T %T %d %d\n", ch, ro, so, len(ch), cap(ch))
	err := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", os.ErrNotExist))
	fmt.Println(err, errors.Is(err, os.ErrNotExist))
	joined := errors.Join(errors.New("e1"), nil, errors.New("e2"))
	fmt.Printf("%v|%q\n", joined, joined.Error())
	fmt.Printf("%08b %o %#o %#x %X %#v %#v\n", 13, 64, 64, 255, "hi", "hi", []int{1})
	fmt.Printf("%6.2f|%-8.3e|%+.1f|% d|%x\n", 3.14159, 12345.678, 2.0, 5, -1)
	fmt.Printf("%v %v %v %v\n", 1e6, 1e21, 123456789.0, 0.000001)
	fmt.Printf("%t %v %p\n", true, struct{ A, b int }{1, 2}, nil)
	fmt.Printf("%c%c%c %U\n", 'G', 'o', '!', '⌘')
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%!d %z\n", 1)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", 3.5, nil), fmt.Sprintln("x", 1))
	type inner struct {
		A []int
		M map[string]bool
	}
	fmt.Printf("%+v\n", inner{[]int{1}, map[string]bool{"k": true}})
	fmt.Printf("%#v\n", inner{})
}
