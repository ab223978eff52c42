package main

import "fmt"

func f() (result string) {
	defer func() { result += " d1" }()
	defer func() {
		if r := recover(); r != nil {
			result = fmt.Sprint("recovered ", r)
		}
	}()
	defer func() { fmt.Println("d3 runs first") }()
	panic("oh no")
}

func main() {
	fmt.Println(f())
	defer fmt.Println("main deferred runs last")
	fmt.Println("end of main")
}
