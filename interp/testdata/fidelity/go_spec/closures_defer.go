package main

import (
	"errors"
	"fmt"
)

func counter() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 0 }
}

func deferOrder() (result int) {
	for i := 0; i < 3; i++ {
		defer func() { result = result*10 + i }()
	}
	defer fmt.Println("deferred print, result so far:", result)
	return 5
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

type stack struct{ data []int }

func (s *stack) push(v int) func() {
	s.data = append(s.data, v)
	return func() { s.data = s.data[:len(s.data)-1] }
}

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("exit", name) }
}

func work() (err error) {
	defer trace("work")()
	defer func() {
		if err != nil {
			err = fmt.Errorf("work: %w", err)
		}
	}()
	return errors.New("disk full")
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	fmt.Println(deferOrder())
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	f := fib()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var fns []func() int
	for i := range 3 {
		fns = append(fns, func() int { return i * i })
	}
	for _, fn := range fns {
		fmt.Print(fn(), " ")
	}
	fmt.Println()
	s := &stack{}
	pop1 := s.push(1)
	pop2 := s.push(2)
	fmt.Println(s.data)
	pop2()
	pop1()
	fmt.Println(s.data, len(s.data))
	err := work()
	fmt.Println(err, errors.Unwrap(err))
	x := 10
	defer fmt.Println("main deferred x =", x)
	x = 20
	func() {
		defer func() {
			r := recover()
			fmt.Println("inner recovered:", r)
		}()
		var m map[string]int
		m["boom"] = 1
	}()
	adders := map[string]func(int) int{}
	for _, n := range []int{1, 10, 100} {
		adders[fmt.Sprint("add", n)] = func(v int) int { return v + n }
	}
	fmt.Println(adders["add1"](5), adders["add10"](5), adders["add100"](5))
	fmt.Println("x is now", x)
}
