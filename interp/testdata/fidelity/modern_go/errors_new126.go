package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
)

type ValidationError struct {
	Field string
	Msg   string
}

func (e *ValidationError) Error() string { return e.Field + ": " + e.Msg }

type RateLimitError struct{ RetryAfter int }

func (e RateLimitError) Error() string {
	return fmt.Sprintf("rate limited, retry in %ds", e.RetryAfter)
}

func validate(age string) error {
	n, err := strconv.Atoi(age)
	if err != nil {
		return fmt.Errorf("parse age: %w", err)
	}
	if n < 0 {
		return &ValidationError{"age", "must be non-negative"}
	}
	if n > 150 {
		return fmt.Errorf("check: %w", &ValidationError{"age", "unrealistic"})
	}
	return nil
}

func call(i int) error {
	if i%3 == 0 {
		return fmt.Errorf("call %d: %w", i, RateLimitError{RetryAfter: i})
	}
	return nil
}

func main() {
	for _, in := range []string{"42", "-1", "200", "abc"} {
		err := validate(in)
		if ve, ok := errors.AsType[*ValidationError](err); ok {
			fmt.Printf("%s -> invalid field %q (%s)\n", in, ve.Field, ve.Msg)
			continue
		}
		if ne, ok := errors.AsType[*strconv.NumError](err); ok {
			fmt.Printf("%s -> not a number: func=%s err=%v\n", in, ne.Func, ne.Err)
			continue
		}
		fmt.Println(in, "-> ok", err)
	}

	for i := range 4 {
		if rl, ok := errors.AsType[RateLimitError](call(i)); ok {
			fmt.Println("retry after", rl.RetryAfter)
		} else {
			fmt.Println("call", i, "fine")
		}
	}

	_, err := os.Open("/definitely/not/here.txt")
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		fmt.Println("op:", pe.Op, "path:", pe.Path, "notexist:", errors.Is(err, fs.ErrNotExist))
	}

	joined := errors.Join(&ValidationError{"name", "empty"}, RateLimitError{5}, nil)
	if ve, ok := errors.AsType[*ValidationError](joined); ok {
		fmt.Println("found in join:", ve)
	}
	if rl, ok := errors.AsType[RateLimitError](joined); ok {
		fmt.Println("also:", rl)
	}
	fmt.Println(joined)

	p := new(41)
	*p++
	fmt.Println("new(expr):", *p)
	type conf struct {
		Name *string
		Max  *int
	}
	c := conf{Name: new("svc"), Max: new(10 * 3)}
	fmt.Println(*c.Name, *c.Max)
}
