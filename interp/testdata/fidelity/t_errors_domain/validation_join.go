package main

import (
	"errors"
	"fmt"
	"net/mail"
	"strings"
)

type FieldError struct {
	Field  string
	Reason string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Reason }

var ErrRequired = errors.New("required")

type Signup struct {
	Name     string
	Email    string
	Age      int
	Password string
}

func (s Signup) Validate() error {
	var errs []error
	if strings.TrimSpace(s.Name) == "" {
		errs = append(errs, fmt.Errorf("name: %w", ErrRequired))
	}
	if s.Email == "" {
		errs = append(errs, fmt.Errorf("email: %w", ErrRequired))
	} else if _, err := mail.ParseAddress(s.Email); err != nil {
		errs = append(errs, &FieldError{"email", err.Error()})
	}
	if s.Age < 13 || s.Age > 130 {
		errs = append(errs, &FieldError{"age", fmt.Sprintf("%d out of range [13,130]", s.Age)})
	}
	if len(s.Password) < 8 {
		errs = append(errs, &FieldError{Field: "password", Reason: "too short"})
	}
	return errors.Join(errs...)
}

func report(s Signup) {
	err := s.Validate()
	if err == nil {
		fmt.Printf("%q ok\n", s.Name)
		return
	}
	fmt.Printf("%q invalid:\n%v\n", s.Name, err)
	var fe *FieldError
	if errors.As(err, &fe) {
		fmt.Println("  first field error:", fe.Field)
	}
	fmt.Println("  missing required:", errors.Is(err, ErrRequired))
	if multi, ok := err.(interface{ Unwrap() []error }); ok {
		fields := []string{}
		for _, e := range multi.Unwrap() {
			var f *FieldError
			if errors.As(e, &f) {
				fields = append(fields, f.Field)
			}
		}
		fmt.Printf("  %d errors, field errors on %v\n", len(multi.Unwrap()), fields)
	}
}

func main() {
	report(Signup{Name: "Ada", Email: "ada@example.com", Age: 36, Password: "analytical"})
	report(Signup{Name: " ", Email: "not-an-email", Age: 7, Password: "123"})
	report(Signup{Name: "Bob", Age: 200, Password: "longenough"})
	fmt.Println(errors.Join(nil, nil) == nil)
	joined := errors.Join(errors.New("a"), nil, errors.New("b"))
	fmt.Printf("%q\n", joined.Error())
	wrapped := fmt.Errorf("signup failed: %w", joined)
	fmt.Println(wrapped)
	fmt.Println(errors.Unwrap(wrapped) == joined)
}
