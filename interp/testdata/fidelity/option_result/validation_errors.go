package main

import (
	"errors"
	"fmt"
	"strings"
)

type FieldError struct {
	Field string
	Msg   string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Msg }

type ValidationErrors []*FieldError

func (v ValidationErrors) Error() string {
	parts := make([]string, len(v))
	for i, e := range v {
		parts[i] = e.Error()
	}
	return fmt.Sprintf("%d validation error(s): %s", len(v), strings.Join(parts, "; "))
}

type SignUp struct {
	Email    string
	Password string
	Age      int
}

func (s SignUp) Validate() error {
	var errs ValidationErrors
	if !strings.Contains(s.Email, "@") {
		errs = append(errs, &FieldError{"email", "must contain @"})
	}
	if len(s.Password) < 8 {
		errs = append(errs, &FieldError{"password", fmt.Sprintf("too short (%d < 8)", len(s.Password))})
	}
	if s.Age < 13 {
		errs = append(errs, &FieldError{"age", "must be at least 13"})
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

func main() {
	forms := []SignUp{
		{"ann@example.com", "correcthorse", 30},
		{"bob", "pw", 10},
		{"cy@x.org", "short", 40},
	}

	for _, f := range forms {
		err := f.Validate()
		if err == nil {
			fmt.Println(f.Email, "ok")
			continue
		}
		fmt.Println(err)
		var ve ValidationErrors
		if errors.As(err, &ve) {
			for _, fe := range ve {
				fmt.Printf("  - %s => %s\n", fe.Field, fe.Msg)
			}
		}
	}
}
