package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

type exitError struct {
	code int
	msg  string
}

func (e exitError) Error() string { return e.msg }

func run(args []string) error {
	if len(args) < 2 {
		return exitError{2, "usage: prog N N"}
	}
	sum := 0
	for _, a := range args {
		n, err := strconv.Atoi(a)
		if err != nil {
			return fmt.Errorf("bad argument %q: %w", a, err)
		}
		sum += n
	}
	if sum > 100 {
		return exitError{3, fmt.Sprintf("sum %d too large", sum)}
	}
	fmt.Println("sum:", sum)
	return nil
}

func main() {
	for _, args := range [][]string{{"1", "2"}, {"x", "1"}, {"1"}} {
		if err := run(args); err != nil {
			var ee exitError
			if errors.As(err, &ee) {
				fmt.Println("exit error", ee.code, ee.msg)
			} else {
				fmt.Println("error:", err)
			}
		}
	}
	defer fmt.Println("this deferred call does not run")
	if err := run([]string{"99", "2"}); err != nil {
		fmt.Fprintln(os.Stderr, "fatal:", err)
		var ee exitError
		if errors.As(err, &ee) {
			os.Exit(ee.code)
		}
		os.Exit(1)
	}
}
