package main

import (
	"errors"
	"fmt"
	"strings"
)

type Op func(int) (int, error)

func WithRetry(n int, log *strings.Builder) func(Op) Op {
	return func(op Op) Op {
		return func(x int) (int, error) {
			var err error
			for attempt := 1; attempt <= n; attempt++ {
				var v int
				if v, err = op(x); err == nil {
					return v, nil
				}
				fmt.Fprintf(log, "attempt %d failed: %v; ", attempt, err)
			}
			return 0, fmt.Errorf("after %d attempts: %w", n, err)
		}
	}
}

func WithValidation(op Op) Op {
	return func(x int) (int, error) {
		if x < 0 {
			return 0, errors.New("negative input")
		}
		return op(x)
	}
}

func flaky(failures int) Op {
	calls := 0
	return func(x int) (int, error) {
		calls++
		if calls <= failures {
			return 0, fmt.Errorf("transient #%d", calls)
		}
		return x * 10, nil
	}
}

func main() {
	var log strings.Builder
	retry3 := WithRetry(3, &log)

	op := WithValidation(retry3(flaky(2)))
	fmt.Println(op(5))
	fmt.Println(log.String())

	log.Reset()
	op2 := retry3(flaky(5))
	v, err := op2(1)
	fmt.Println(v, err)
	fmt.Println(log.String())

	fmt.Println(op(-1))
}
