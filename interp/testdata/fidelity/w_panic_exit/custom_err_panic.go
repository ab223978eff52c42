package main

import (
	"fmt"
	"os"
)

type ValidationError struct {
	Field string
	Value any
}

func (e ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %v", e.Field, e.Value)
}

type Order struct {
	ID  int
	Qty int
}

func mustValid(o Order) Order {
	if o.Qty <= 0 {
		panic(ValidationError{"qty", o.Qty})
	}
	return o
}

func process(orders []Order) (n int) {
	defer func() {
		if r := recover(); r != nil {
			if ve, ok := r.(ValidationError); ok {
				fmt.Fprintln(os.Stderr, "warning:", ve.Field)
				fmt.Println("recovered:", ve)
				n = -1
				return
			}
			panic(r)
		}
	}()
	for _, o := range orders {
		mustValid(o)
		n++
	}
	return n
}

func main() {
	fmt.Println(process([]Order{{1, 2}, {2, 5}}))
	fmt.Println(process([]Order{{1, 2}, {2, 0}, {3, 1}}))
	defer fmt.Println("main deferred runs before the crash")
	mustValid(Order{9, -3})
	fmt.Println("not reached")
}
