package main

import "fmt"

func helper() {
	fmt.Println("helper recover:", recover())
}

func f() {
	defer helper()
	defer func() {
		fmt.Println("direct recover:", recover())
	}()
	panic("x")
}

func main() {
	fmt.Println("outside panic:", recover())

	f()
	fmt.Println("end")
}
