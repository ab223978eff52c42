package main

import (
	"errors"
	"fmt"
	"strings"
)

type FieldError struct {
	Field string
	Err   error
}

func (f *FieldError) Error() string { return f.Field + ": " + f.Err.Error() }
func (f *FieldError) Unwrap() error { return f.Err }

var (
	ErrRequired = errors.New("is required")
	ErrTooLong  = errors.New("is too long")
	ErrFormat   = errors.New("has bad format")
)

type Signup struct {
	Name, Email, Password string
}

func (s Signup) Validate() error {
	var errs []error
	if s.Name == "" {
		errs = append(errs, &FieldError{"name", ErrRequired})
	} else if len(s.Name) > 8 {
		errs = append(errs, &FieldError{"name", ErrTooLong})
	}
	if !strings.Contains(s.Email, "@") {
		errs = append(errs, &FieldError{"email", ErrFormat})
	}
	if len(s.Password) < 6 {
		errs = append(errs, &FieldError{"password", fmt.Errorf("%w (min 6, got %d)", ErrTooLong, len(s.Password))})
	}
	return errors.Join(errs...)
}

type MultiError []error

func (m MultiError) Error() string {
	parts := make([]string, len(m))
	for i, e := range m {
		parts[i] = e.Error()
	}
	return fmt.Sprintf("%d errors: %s", len(m), strings.Join(parts, "; "))
}

func (m MultiError) Unwrap() []error { return m }

func fields(err error) []string {
	var out []string
	var walk func(error)
	walk = func(e error) {
		if fe, ok := e.(*FieldError); ok {
			out = append(out, fe.Field)
		}
		switch u := e.(type) {
		case interface{ Unwrap() []error }:
			for _, x := range u.Unwrap() {
				walk(x)
			}
		case interface{ Unwrap() error }:
			if x := u.Unwrap(); x != nil {
				walk(x)
			}
		}
	}
	walk(err)
	return out
}

func main() {
	forms := []Signup{
		{"ann", "ann@x.io", "secret1"},
		{"", "nope", "abc"},
		{"bartholomew", "b@x", "123456"},
	}
	for i, f := range forms {
		err := f.Validate()
		if err == nil {
			fmt.Println(i, "valid")
			continue
		}
		fmt.Printf("%d invalid:\n%v\n", i, err)
		fmt.Println("  required?", errors.Is(err, ErrRequired), "format?", errors.Is(err, ErrFormat), "toolong?", errors.Is(err, ErrTooLong))
		var fe *FieldError
		if errors.As(err, &fe) {
			fmt.Println("  first field:", fe.Field)
		}
		fmt.Println("  fields:", fields(err))
	}
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	me := MultiError{ErrFormat, &FieldError{"zip", ErrRequired}}
	var err error = me
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrRequired), fields(err))
	wrapped := fmt.Errorf("request failed: %w", err)
	fmt.Println(wrapped)
	var target MultiError
	fmt.Println(errors.As(wrapped, &target), len(target))
	two := fmt.Errorf("both: %w and %w", ErrFormat, ErrTooLong)
	fmt.Println(two, errors.Is(two, ErrTooLong), errors.Unwrap(two) == nil)
	joined := errors.Join(errors.New("a"), errors.New("b"))
	fmt.Printf("%q\n", joined.Error())
}
