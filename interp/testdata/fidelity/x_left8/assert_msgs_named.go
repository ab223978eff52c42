package main

import (
	"errors"
	"fmt"
)

type UserID int
type Matrix [][]float64
type Handler func(string) string
type Stack []int

func (s Stack) Top() int { return s[len(s)-1] }

func describe(v any) (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = fmt.Sprint("recovered: ", r)
		}
	}()
	return fmt.Sprint("int: ", v.(int))
}

func asError(v any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("wrapped: %v", r)
		}
	}()
	var st interface{ Top() int } = v.(Stack)
	return errors.New(fmt.Sprint("top ", st.Top()))
}

func main() {
	fmt.Println(describe(3))
	fmt.Println(describe(UserID(7)))
	fmt.Println(describe(Matrix{{1}}))
	fmt.Println(describe(Handler(func(s string) string { return s })))
	fmt.Println(describe(Stack{1, 2}))
	fmt.Println(asError(Stack{4, 5}))
	fmt.Println(asError([]int{4, 5}))
	fmt.Println(asError(Matrix{}))
}
