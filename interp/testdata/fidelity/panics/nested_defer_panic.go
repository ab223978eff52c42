package main

import "fmt"

func cleanup() {
	panic("cleanup failed")
}

func work() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	defer cleanup()
	panic("work failed")
}

func main() {
	work()
	fmt.Println("main continues")
}
