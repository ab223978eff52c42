package main

import "fmt"

type Counter interface {
	Inc()
	Value() int
}

type SafeCounter struct{ n int }

func (c *SafeCounter) Inc()       { c.n++ }
func (c *SafeCounter) Value() int { return c.n }

type ByValue struct{ n int }

func (c ByValue) Inc()       { c.n++ } // changes a copy
func (c ByValue) Value() int { return c.n }

func bump(c Counter, times int) {
	for i := 0; i < times; i++ {
		c.Inc()
	}
}

func main() {
	p := &SafeCounter{}
	bump(p, 3)
	fmt.Println("pointer:", p.Value())

	v := ByValue{}
	bump(v, 3)
	fmt.Println("value:", v.Value())

	var c Counter = &ByValue{n: 10}
	bump(c, 2)
	fmt.Println("value via pointer:", c.Value())
	fmt.Printf("%T %T\n", p, c)
}
