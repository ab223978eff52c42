package main

import (
	"errors"
	"fmt"
	"os"
)

func mayPanic() {
	panic("a problem")
}

type stackErr struct{ depth int }

func (s stackErr) Error() string { return fmt.Sprintf("stack error at depth %d", s.depth) }

func deep(n int) {
	if n == 0 {
		panic(stackErr{3})
	}
	defer fmt.Println("unwinding", n)
	deep(n - 1)
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("Recovered. Error:\n", r)
		}
	}()
	func() {
		defer func() {
			r := recover()
			var se stackErr
			if err, ok := r.(error); ok && errors.As(err, &se) {
				fmt.Println("caught", se.depth, err)
			}
		}()
		deep(3)
	}()
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	var m map[string]int
	func() {
		defer func() { fmt.Println("nil map:", recover()) }()
		m["x"] = 1
	}()
	func() {
		defer func() { fmt.Println("slice:", recover()) }()
		s := []int{1, 2, 3}
		i := 5
		fmt.Println(s[i])
	}()
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println("conversion:", ok, err)
		}()
		var x any = "str"
		_ = x.(int)
	}()
	defer fmt.Println("!")
	if len(os.Args) > 10 {
		os.Exit(3)
	}
	mayPanic()
	fmt.Println("After mayPanic()")
}
