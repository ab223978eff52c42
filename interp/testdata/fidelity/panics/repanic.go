package main

import (
	"errors"
	"fmt"
)

var ErrFatal = errors.New("fatal")

func level3() {
	panic(ErrFatal)
}

func level2() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("level2 saw:", r)
			panic(fmt.Errorf("level2: %w", r.(error)))
		}
	}()
	level3()
}

func level1() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	level2()
	return nil
}

func main() {
	err := level1()
	fmt.Println("final:", err)
	fmt.Println(errors.Is(err, ErrFatal))
}
