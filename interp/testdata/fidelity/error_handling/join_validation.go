package main

import (
	"errors"
	"fmt"
	"net/mail"
	"strings"
	"unicode"
)

type FieldError struct {
	Field  string
	Reason string
}

func (f FieldError) Error() string { return f.Field + " " + f.Reason }

var ErrRequired = errors.New("is required")

type Signup struct {
	Username string
	Email    string
	Password string
	Age      int
}

func (s Signup) Validate() error {
	var errs []error
	if s.Username == "" {
		errs = append(errs, fmt.Errorf("username %w", ErrRequired))
	} else if len(s.Username) < 3 {
		errs = append(errs, FieldError{"username", "too short"})
	}
	if _, err := mail.ParseAddress(s.Email); err != nil {
		errs = append(errs, fmt.Errorf("email: %w", err))
	}
	var upper, digit bool
	for _, r := range s.Password {
		upper = upper || unicode.IsUpper(r)
		digit = digit || unicode.IsDigit(r)
	}
	if len(s.Password) < 8 || !upper || !digit {
		errs = append(errs, FieldError{"password", "too weak"})
	}
	if s.Age < 13 {
		errs = append(errs, FieldError{"age", fmt.Sprintf("must be at least 13 (got %d)", s.Age)})
	}
	return errors.Join(errs...)
}

func countFieldErrors(err error) int {
	n := 0
	var walk func(error)
	walk = func(e error) {
		if e == nil {
			return
		}
		if _, ok := e.(FieldError); ok {
			n++
		}
		switch x := e.(type) {
		case interface{ Unwrap() []error }:
			for _, c := range x.Unwrap() {
				walk(c)
			}
		case interface{ Unwrap() error }:
			walk(x.Unwrap())
		}
	}
	walk(err)
	return n
}

func main() {
	forms := []Signup{
		{"gopher", "gopher@go.dev", "Secr3tPass", 30},
		{"", "not-an-email", "weak", 9},
		{"al", "al@x.io", "longbutnodigits", 20},
	}
	for i, f := range forms {
		err := f.Validate()
		if err == nil {
			fmt.Printf("form %d: ok\n", i)
			continue
		}
		lines := strings.Split(err.Error(), "\n")
		fmt.Printf("form %d: %d problems (%d field errors)\n", i, len(lines), countFieldErrors(err))
		for _, l := range lines {
			fmt.Println("  -", l)
		}
		fmt.Println("  required missing:", errors.Is(err, ErrRequired))
		var fe FieldError
		if errors.As(err, &fe) {
			fmt.Println("  first field error:", fe.Field)
		}
	}

	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	j := errors.Join(errors.New("a"), errors.New("b"))
	wrapped := fmt.Errorf("outer: %w", j)
	fmt.Printf("%q\n", wrapped.Error())
	multi := fmt.Errorf("both: %w and %w", ErrRequired, FieldError{"x", "bad"})
	fmt.Println(multi, errors.Is(multi, ErrRequired), countFieldErrors(multi))
}
