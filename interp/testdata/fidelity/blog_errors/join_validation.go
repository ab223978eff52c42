package main

import (
	"errors"
	"fmt"
	"strings"
)

var (
	ErrRequired = errors.New("required")
	ErrTooLong  = errors.New("too long")
	ErrFormat   = errors.New("bad format")
)

type FieldError struct {
	Field string
	Err   error
}

func (f FieldError) Error() string { return f.Field + " " + f.Err.Error() }
func (f FieldError) Unwrap() error { return f.Err }

type Signup struct {
	Username string
	Email    string
	Zip      string
}

func (s Signup) Validate() error {
	var errs []error
	if s.Username == "" {
		errs = append(errs, FieldError{"username", ErrRequired})
	} else if len(s.Username) > 8 {
		errs = append(errs, FieldError{"username", ErrTooLong})
	}
	if !strings.Contains(s.Email, "@") {
		errs = append(errs, FieldError{"email", ErrFormat})
	}
	if len(s.Zip) != 5 {
		errs = append(errs, FieldError{"zip", ErrFormat})
	}
	return errors.Join(errs...)
}

func main() {
	forms := []Signup{
		{"gopher", "g@go.dev", "12345"},
		{"", "nobody", "1"},
		{"averyverylongname", "x@y", "99999"},
	}
	for i, f := range forms {
		err := f.Validate()
		fmt.Printf("form %d: ", i)
		if err == nil {
			fmt.Println("valid")
			continue
		}
		fmt.Println("invalid")
		fmt.Println(err)
		fmt.Println("  required?", errors.Is(err, ErrRequired))
		fmt.Println("  too long?", errors.Is(err, ErrTooLong))
		fmt.Println("  format?  ", errors.Is(err, ErrFormat))
		var fe FieldError
		if errors.As(err, &fe) {
			fmt.Println("  first field:", fe.Field)
		}
		if u, ok := err.(interface{ Unwrap() []error }); ok {
			fmt.Println("  count:", len(u.Unwrap()))
		}
	}
	fmt.Println(errors.Join(nil, nil) == nil)
	j := errors.Join(errors.New("a"), nil, errors.New("b"))
	fmt.Printf("%q\n", j.Error())
}
