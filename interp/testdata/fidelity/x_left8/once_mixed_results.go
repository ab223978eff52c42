package main

import (
	"fmt"
	"sync"
)

type Shape interface{ Area() float64 }
type Circle struct{ R float64 }

func (c Circle) Area() float64 { return c.R }

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprint("code ", e.Code) }

type Temp float64

func (t Temp) String() string { return "T" }

func main() {
	a := sync.OnceValue(func() any { return Circle{2} })
	fmt.Printf("%T %v\n", a(), a())
	e := sync.OnceValue(func() error { return MyErr{3} })
	fmt.Printf("%T %v\n", e(), e())
	s := sync.OnceValue(func() fmt.Stringer { return Temp(1) })
	fmt.Printf("%T %v\n", s(), s())
	p := sync.OnceValue(func() *Circle { return &Circle{4} })
	fmt.Println(p().Area())
	sh := sync.OnceValue(func() []Shape { return []Shape{Circle{5}} })
	fmt.Println(sh()[0].Area(), len(sh()))
	boom := sync.OnceValue(func() int { panic("boom") })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			boom()
		}()
	}
	v, err := sync.OnceValues(func() (Shape, error) { return Circle{6}, nil })()
	fmt.Println(v.Area(), err)
}
