package main

import (
	"errors"
	"fmt"
	"net/mail"
	"strings"
)

type FieldError struct {
	Field string
	Msg   string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Msg }

var ErrRequired = errors.New("required")

type Signup struct {
	Email    string
	Password string
	Age      int
	Tags     []string
}

func (s Signup) Validate() error {
	var errs []error
	if s.Email == "" {
		errs = append(errs, fmt.Errorf("email: %w", ErrRequired))
	} else if _, err := mail.ParseAddress(s.Email); err != nil {
		errs = append(errs, &FieldError{"email", "invalid address"})
	}
	if len(s.Password) < 8 {
		errs = append(errs, &FieldError{"password", fmt.Sprintf("too short (%d < 8)", len(s.Password))})
	}
	if s.Age < 13 || s.Age > 130 {
		errs = append(errs, &FieldError{"age", fmt.Sprint("out of range: ", s.Age)})
	}
	for i, t := range s.Tags {
		if strings.TrimSpace(t) == "" {
			errs = append(errs, &FieldError{fmt.Sprintf("tags[%d]", i), "blank"})
		}
	}
	return errors.Join(errs...)
}

func fields(err error) []string {
	var out []string
	var walk func(error)
	walk = func(e error) {
		var fe *FieldError
		switch x := e.(type) {
		case interface{ Unwrap() []error }:
			for _, inner := range x.Unwrap() {
				walk(inner)
			}
		default:
			if errors.As(e, &fe) {
				out = append(out, fe.Field)
			} else if errors.Is(e, ErrRequired) {
				out = append(out, "required:"+strings.SplitN(e.Error(), ":", 2)[0])
			}
		}
	}
	if err != nil {
		walk(err)
	}
	return out
}

func main() {
	forms := []Signup{
		{"ann@example.com", "hunter2hunter2", 30, []string{"go"}},
		{"", "short", 8, []string{"ok", " "}},
		{"not an email", "longenough", 200, nil},
	}
	for i, f := range forms {
		err := f.Validate()
		fmt.Printf("form %d: valid=%t\n", i, err == nil)
		if err != nil {
			fmt.Println(err)
			fmt.Println("  fields:", fields(err), "required?", errors.Is(err, ErrRequired))
			var fe *FieldError
			if errors.As(err, &fe) {
				fmt.Printf("  first field error: %q (%T)\n", fe.Field, fe)
			}
		}
	}
	fmt.Println(errors.Join() == nil, errors.Join(nil, nil) == nil)
	j := errors.Join(errors.New("a"), nil, errors.New("b"))
	fmt.Printf("%q %d\n", j.Error(), len(j.(interface{ Unwrap() []error }).Unwrap()))
}
