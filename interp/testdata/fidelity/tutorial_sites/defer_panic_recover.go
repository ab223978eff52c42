package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

func fullName(firstName *string, lastName *string) {
	defer fmt.Println("deferred call in fullName")
	if firstName == nil {
		panic("runtime error: first name cannot be nil")
	}
	fmt.Printf("%s %s\n", *firstName, *lastName)
}

func recoverName() {
	if r := recover(); r != nil {
		fmt.Println("recovered from", r)
	}
}

func safeDivide(a, b int) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("safeDivide: %v", r)
		}
	}()
	result = a / b
	return
}

func counter() (n int) {
	defer func() { n *= 2 }()
	n = 5
	return n + 1
}

func deferOrder() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("loop done: ")
}

type parseError struct {
	input string
}

func (p *parseError) Error() string { return "cannot parse " + strconv.Quote(p.input) }

func mustAtoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(&parseError{s})
	}
	return n
}

func sumAll(inputs []string) (total int, err error) {
	defer func() {
		r := recover()
		if pe, ok := r.(*parseError); ok {
			err = pe
		} else if r != nil {
			panic(r)
		}
	}()
	for _, s := range inputs {
		total += mustAtoi(s)
	}
	return total, nil
}

func indexOut() {
	defer recoverName()
	a := []int{1, 2, 3}
	i := 5
	fmt.Println(a[i])
}

func main() {
	first := "Elon"
	last := "Musk"
	func() {
		defer recoverName()
		fullName(&first, &last)
		fullName(nil, &last)
		fmt.Println("never printed")
	}()

	for _, d := range []int{2, 0} {
		r, err := safeDivide(10, d)
		fmt.Println("result:", r, "err:", err)
	}
	fmt.Println("counter:", counter())
	deferOrder()
	fmt.Println()

	t, err := sumAll([]string{"1", "2", "3"})
	fmt.Println(t, err)
	t, err = sumAll([]string{"1", "x2", "3"})
	fmt.Println(t, err)
	var pe *parseError
	fmt.Println("is parseError:", errors.As(err, &pe), pe.input)

	indexOut()

	defer fmt.Println("main deferred: runs before exit? no")
	fmt.Fprintln(os.Stderr, "about to panic")
	var m map[string]int
	m["boom"] = 1
}
