package main

import "fmt"

func main() {
	x := 1
	defer fmt.Println("deferred with arg:", x)
	defer func() { fmt.Println("deferred closure sees:", x) }()
	x = 2
	fmt.Println("body:", x)

	func() {
		y := 10
		defer func(v int) { fmt.Println("inner arg", v, "var", y) }(y)
		y = 20
	}()
}
