package main

import (
	"errors"
	"fmt"
)

func f(arg int) (int, error) {
	if arg == 42 {
		return -1, errors.New("can't work with 42")
	}
	return arg + 3, nil
}

var ErrOutOfTea = fmt.Errorf("no more tea available")
var ErrPower = fmt.Errorf("can't boil water")

func makeTea(arg int) error {
	if arg == 2 {
		return ErrOutOfTea
	} else if arg == 4 {
		return fmt.Errorf("making tea: %w", ErrPower)
	}
	return nil
}

type argError struct {
	arg     int
	message string
}

func (e *argError) Error() string {
	return fmt.Sprintf("%d - %s", e.arg, e.message)
}

func f2(arg int) (int, error) {
	if arg == 42 {
		return -1, &argError{arg, "can't work with it"}
	}
	return arg + 3, nil
}

func process(arg int) error {
	if _, err := f2(arg); err != nil {
		return fmt.Errorf("process(%d): %w", arg, err)
	}
	return nil
}

func main() {
	for _, i := range []int{7, 42} {
		if r, e := f(i); e != nil {
			fmt.Println("f failed:", e)
		} else {
			fmt.Println("f worked:", r)
		}
	}

	for i := range 5 {
		if err := makeTea(i); err != nil {
			if errors.Is(err, ErrOutOfTea) {
				fmt.Println("We should buy new tea!")
			} else if errors.Is(err, ErrPower) {
				fmt.Println("Now it is dark.")
			} else {
				fmt.Printf("unknown error: %s\n", err)
			}
			continue
		}
		fmt.Println("Tea is ready!")
	}

	_, err := f2(42)
	var ae *argError
	if errors.As(err, &ae) {
		fmt.Println(ae.arg)
		fmt.Println(ae.message)
	} else {
		fmt.Println("err doesn't match argError")
	}

	err = process(42)
	fmt.Println("wrapped:", err)
	if errors.As(err, &ae) {
		fmt.Println("found argError in chain, arg =", ae.arg)
	}
	fmt.Println("unwrap once:", errors.Unwrap(err))
	fmt.Println("process(1):", process(1))

	joined := errors.Join(ErrOutOfTea, makeTea(4))
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, ErrPower), errors.Is(joined, ErrOutOfTea))

	switch e := err.(type) {
	case *argError:
		fmt.Println("direct argError", e.arg)
	default:
		fmt.Printf("some other error type: %T\n", e)
	}
}
