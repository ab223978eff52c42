package main

import (
	"errors"
	"fmt"
)

func safeDivide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func mustPositive(n int) int {
	if n < 0 {
		panic(errors.New("negative number"))
	}
	return n
}

func try(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("caught: ", r)
		}
	}()
	f()
	return "no panic"
}

func main() {
	fmt.Println(safeDivide(10, 2))
	fmt.Println(safeDivide(1, 0))
	fmt.Println(try(func() { mustPositive(-1) }))
	fmt.Println(try(func() { mustPositive(1) }))
	fmt.Println(try(func() { panic("custom message") }))
	fmt.Println(try(func() {
		var s []int
		_ = s[3]
	}))
	fmt.Println(try(func() {
		var m map[string]int
		m["x"] = 1
	}))
	fmt.Println("still running")
}
