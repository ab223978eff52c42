package main

import (
	"errors"
	"fmt"
)

type tracer struct{ depth int }

func (t *tracer) enter(name string) func() {
	t.depth++
	fmt.Printf("%*s> %s\n", t.depth*2, "", name)
	return func() {
		fmt.Printf("%*s< %s\n", t.depth*2, "", name)
		t.depth--
	}
}

var tr tracer

func leaf(n int) (result int, err error) {
	defer tr.enter(fmt.Sprintf("leaf(%d)", n))()
	defer func() {
		if err != nil {
			result = -1
		}
	}()
	if n < 0 {
		return 0, errors.New("negative")
	}
	return n * n, nil
}

func counter() (n int) {
	defer func() { n *= 10 }()
	for i := 0; i < 3; i++ {
		defer func() { n += i }()
	}
	return 1
}

func args() {
	x := 1
	defer fmt.Println("deferred x =", x)
	p := &x
	defer func() { fmt.Println("closure x =", *p) }()
	x = 2
}

type closer string

func (c closer) Close() { fmt.Println("close", string(c)) }

func methods() {
	c := closer("first")
	defer c.Close()
	c = "second"
	defer c.Close()
	fs := []func(){}
	for _, name := range []string{"a", "b"} {
		fs = append(fs, func() { fmt.Println("loop", name) })
	}
	for _, f := range fs {
		defer f()
	}
}

func main() {
	fmt.Println(leaf(3))
	fmt.Println(leaf(-2))
	fmt.Println(counter())
	args()
	methods()
	func() {
		defer tr.enter("outer")()
		defer tr.enter("inner")()
		fmt.Println("  body at depth", tr.depth)
	}()
}
