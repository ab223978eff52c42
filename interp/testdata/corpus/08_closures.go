package main

import "fmt"

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func adder(base int) func(int) int {
	return func(x int) int { return base + x }
}

func main() {
	next := counter()
	fmt.Println(next(), next(), next())
	other := counter()
	fmt.Println(other(), next())

	add5 := adder(5)
	fmt.Println(add5(10))

	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println("x =", x)

	fib := func() func() int {
		a, b := 0, 1
		return func() int {
			r := a
			a, b = b, a+b
			return r
		}
	}()
	for range 10 {
		fmt.Print(fib(), " ")
	}
	fmt.Println()
}
