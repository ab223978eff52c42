package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Value int
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %d", e.Field, e.Value)
}

type NotFoundError string

func (e NotFoundError) Error() string { return string(e) + " not found" }

func validate(age int) error {
	if age < 0 || age > 150 {
		return &ValidationError{"age", age}
	}
	return nil
}

func lookup(name string) error {
	if name != "root" {
		return fmt.Errorf("lookup: %w", NotFoundError(name))
	}
	return nil
}

func main() {
	err := validate(200)
	fmt.Println(err)
	var ve *ValidationError
	if errors.As(err, &ve) {
		fmt.Println("field:", ve.Field, "value:", ve.Value)
	}
	wrapped := fmt.Errorf("saving user: %w", err)
	fmt.Println(wrapped)
	if errors.As(wrapped, &ve) {
		fmt.Println("still a ValidationError:", ve.Value)
	}
	fmt.Println(validate(30) == nil)

	err = lookup("alice")
	fmt.Println(err)
	var nf NotFoundError
	fmt.Println(errors.As(err, &nf), nf)
	fmt.Println(errors.Is(err, NotFoundError("alice")))
}
