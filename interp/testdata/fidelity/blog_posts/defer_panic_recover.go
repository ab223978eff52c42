package main

import (
	"errors"
	"fmt"
	"strconv"
)

// From "Defer, Panic, and Recover".

func a() {
	i := 0
	defer fmt.Println(i)
	i++
}

func b() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i)
	}
}

func c() (i int) {
	defer func() { i++ }()
	return 1
}

func f() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("Recovered in f", r)
		}
	}()
	fmt.Println("Calling g.")
	g(0)
	fmt.Println("Returned normally from g.")
}

func g(i int) {
	if i > 3 {
		fmt.Println("Panicking!")
		panic(fmt.Sprintf("%v", i))
	}
	defer fmt.Println("Defer in g", i)
	fmt.Println("Printing in g", i)
	g(i + 1)
}

type ParseError struct {
	Index int
	Word  string
	Err   error
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("pkg: error parsing %q as int at %d", e.Word, e.Index)
}

func (e *ParseError) Unwrap() error { return e.Err }

func fields(words []string) []int {
	var nums []int
	for i, w := range words {
		n, err := strconv.Atoi(w)
		if err != nil {
			panic(&ParseError{i, w, err})
		}
		nums = append(nums, n)
	}
	return nums
}

func Parse(input []string) (numbers []int, err error) {
	defer func() {
		if r := recover(); r != nil {
			var ok bool
			err, ok = r.(error)
			if !ok {
				err = fmt.Errorf("pkg: %v", r)
			}
		}
	}()
	return fields(input), nil
}

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func main() {
	a()
	b()
	fmt.Println()
	fmt.Println(c())
	f()
	fmt.Println("Returned normally from f.")
	for _, in := range [][]string{{"1", "2", "3"}, {"4", "five", "6"}} {
		nums, err := Parse(in)
		var pe *ParseError
		var ne *strconv.NumError
		fmt.Println(nums, err, errors.As(err, &pe), errors.As(err, &ne))
		if ne != nil {
			fmt.Println("  ", ne.Func, ne.Num, ne.Err)
		}
	}
	fmt.Println(divide(10, 2))
	fmt.Println(divide(1, 0))
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T %v\n", r, r)
		}()
		var m map[string]int
		m["x"] = 1
	}()
	func() {
		defer func() {
			err := recover().(error)
			fmt.Println("runtime error:", err)
		}()
		s := []int{1, 2, 3}
		idx := 5
		fmt.Println(s[idx])
	}()
}
