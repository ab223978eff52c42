package main

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"
)

type FieldError struct {
	Field string
	Msg   string
}

func (e FieldError) Error() string { return e.Field + ": " + e.Msg }

var ErrRequired = errors.New("required")

type Signup struct {
	Username string
	Email    string
	Age      int
	Password string
	Tags     []string
}

var emailRe = regexp.MustCompile(`^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$`)

func required(field, v string) error {
	if strings.TrimSpace(v) == "" {
		return fmt.Errorf("%s: %w", field, ErrRequired)
	}
	return nil
}

func (s Signup) Validate() error {
	var errs []error
	if err := required("username", s.Username); err != nil {
		errs = append(errs, err)
	} else if n := utf8.RuneCountInString(s.Username); n < 3 || n > 12 {
		errs = append(errs, FieldError{"username", fmt.Sprintf("length %d not in [3,12]", n)})
	}
	if err := required("email", s.Email); err != nil {
		errs = append(errs, err)
	} else if !emailRe.MatchString(strings.ToLower(s.Email)) {
		errs = append(errs, FieldError{"email", fmt.Sprintf("%q is not an email", s.Email)})
	}
	if s.Age < 13 {
		errs = append(errs, FieldError{"age", "must be at least 13"})
	}
	var pw []string
	if len(s.Password) < 8 {
		pw = append(pw, "too short")
	}
	if !strings.ContainsAny(s.Password, "0123456789") {
		pw = append(pw, "needs a digit")
	}
	if strings.ToLower(s.Password) == s.Password {
		pw = append(pw, "needs an upper-case letter")
	}
	if len(pw) > 0 {
		errs = append(errs, FieldError{"password", strings.Join(pw, ", ")})
	}
	seen := map[string]bool{}
	for i, t := range s.Tags {
		if seen[t] {
			errs = append(errs, FieldError{fmt.Sprintf("tags[%d]", i), "duplicate " + t})
		}
		seen[t] = true
	}
	return errors.Join(errs...)
}

func main() {
	inputs := []Signup{
		{"gopher", "gopher@golang.org", 14, "Secr3tPass", []string{"go", "dev"}},
		{"", "", 10, "abc", nil},
		{"ab", "not-an-email", 30, "alllowercase1", []string{"x", "y", "x", "x"}},
		{"日本語ユーザー", "Jp@Example.JP", 40, "Passw0rd", nil},
		{"waytoolongusername", "a@b.c", 13, "NoDigitsHere", nil},
	}
	for i, in := range inputs {
		err := in.Validate()
		if err == nil {
			fmt.Printf("#%d valid\n", i)
			continue
		}
		fmt.Printf("#%d invalid:\n", i)
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Println("   -", line)
		}
		var fe FieldError
		if errors.As(err, &fe) {
			fmt.Println("   first field error:", fe.Field)
		}
		fmt.Println("   missing required:", errors.Is(err, ErrRequired))
		if u, ok := err.(interface{ Unwrap() []error }); ok {
			fmt.Println("   count:", len(u.Unwrap()))
		}
	}
}
