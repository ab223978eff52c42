package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = fmt.Errorf("safeDiv: %w", e)
				return
			}
			err = fmt.Errorf("safeDiv: %v", r)
		}
	}()
	return a / b, nil
}

var ErrBoom = errors.New("boom")

func explode() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	panic(ErrBoom)
}

func main() {
	fmt.Println(safeDiv(10, 2))

	q, err := safeDiv(1, 0)
	fmt.Println(q, err)
	fmt.Println(explode() == ErrBoom)
}
