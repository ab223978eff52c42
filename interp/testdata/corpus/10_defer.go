package main

import "fmt"

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body done")
}

func argsNow() {
	x := 1
	defer fmt.Println("x at defer time:", x)
	x = 2
	fmt.Println("x now:", x)
}

func double() (result int) {
	defer func() { result *= 2 }()
	return 21
}

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("leave", name) }
}

func work() {
	defer trace("work")()
	fmt.Println("working")
}

func main() {
	order()
	argsNow()
	fmt.Println(double())
	work()
}
