package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

type FieldError struct {
	Field string
	Msg   string
}

func (e FieldError) Error() string { return e.Field + ": " + e.Msg }

var ErrRequired = errors.New("required")

type User struct {
	Name  string
	Email string
	Age   int
}

func validate(u User) error {
	var errs []error
	if u.Name == "" {
		errs = append(errs, fmt.Errorf("name: %w", ErrRequired))
	}
	if !strings.Contains(u.Email, "@") {
		errs = append(errs, FieldError{"email", "missing @"})
	}
	if u.Age < 0 || u.Age > 150 {
		errs = append(errs, FieldError{"age", fmt.Sprintf("%d is not plausible", u.Age)})
	}
	return errors.Join(errs...)
}

type multi interface{ Unwrap() []error }

func main() {
	users := []User{
		{"ann", "ann@x.org", 30},
		{"", "bob", 200},
		{"cid", "cid.example", 40},
		{"", "d@e", -1},
	}
	for i, u := range users {
		err := validate(u)
		if err == nil {
			fmt.Printf("user %d ok\n", i)
			continue
		}
		fmt.Printf("user %d invalid:\n%v\n", i, err)
		fmt.Println("  required missing:", errors.Is(err, ErrRequired))
		var fe FieldError
		if errors.As(err, &fe) {
			fmt.Printf("  first field error: %q\n", fe.Field)
		}
		if m, ok := err.(multi); ok {
			fmt.Println("  count:", len(m.Unwrap()))
		}
	}
	fmt.Println(errors.Join(nil, nil) == nil)

	wrapped := fmt.Errorf("loading: %w and %w", ErrRequired, fs.ErrNotExist)
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, fs.ErrNotExist), errors.Is(wrapped, fs.ErrPermission))

	_, err := os.Open("/definitely/not/here.txt")
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println("op:", pe.Op, "path:", pe.Path, "notexist:", errors.Is(err, fs.ErrNotExist))
	}
	e1 := errors.New("a")
	e2 := fmt.Errorf("b: %w", e1)
	e3 := fmt.Errorf("c: %w", e2)
	for e := error(e3); e != nil; e = errors.Unwrap(e) {
		fmt.Printf("%T %v\n", e, e)
	}
	fmt.Println(errors.Is(e3, e1), errors.Unwrap(e1) == nil)
}
