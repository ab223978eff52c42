package main

import (
	"errors"
	"fmt"
)

type MultiError struct{ errs []error }

func (m MultiError) Error() string   { return fmt.Sprintf("%d errors", len(m.errs)) }
func (m MultiError) Unwrap() []error { return m.errs }

func inspect(err error) string {
	switch e := err.(type) {
	case interface{ Unwrap() error }:
		return "single: " + e.Unwrap().Error()
	case interface{ Unwrap() []error }:
		return fmt.Sprintf("multi: %d", len(e.Unwrap()))
	default:
		return "plain"
	}
}

func main() {
	errs := []error{
		errors.New("a"),
		fmt.Errorf("wrap: %w", errors.New("b")),
		MultiError{[]error{errors.New("c"), errors.New("d")}},
	}
	for _, err := range errs {
		fmt.Println(inspect(err))
	}
	counts := []int{1, 2, 3}
	i := len(errs)
	fmt.Println(counts[i])
}
