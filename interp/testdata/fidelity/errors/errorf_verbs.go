package main

import (
	"errors"
	"fmt"
)

var ErrA = errors.New("a failed")
var ErrB = errors.New("b failed")

func main() {
	e1 := fmt.Errorf("both: %w and %w", ErrA, ErrB)
	fmt.Println(e1)
	fmt.Println(errors.Is(e1, ErrA), errors.Is(e1, ErrB))
	fmt.Println(errors.Unwrap(e1) == nil)

	e2 := fmt.Errorf("no wrap: %v", ErrA)
	fmt.Println(e2, errors.Is(e2, ErrA))

	e3 := fmt.Errorf("code %d: %w", 42, ErrB)
	fmt.Printf("%q\n", e3.Error())
	fmt.Printf("%s|%v|%10.5s|\n", ErrA, ErrA, ErrB)

	var nilErr error
	fmt.Println(nilErr)
	fmt.Printf("%v\n", nilErr)
}
