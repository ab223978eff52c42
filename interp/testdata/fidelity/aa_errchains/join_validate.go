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

func (e FieldError) Error() string { return e.Field + ": " + e.Msg }

type User struct {
	Name  string
	Email string
	Age   int
	Tags  []string
}

var ErrRequired = errors.New("required")

func (u User) Validate() error {
	var errs []error
	if strings.TrimSpace(u.Name) == "" {
		errs = append(errs, fmt.Errorf("name: %w", ErrRequired))
	}
	if !strings.Contains(u.Email, "@") {
		errs = append(errs, FieldError{"email", fmt.Sprintf("%q is not an address", u.Email)})
	}
	if u.Age < 0 || u.Age > 150 {
		errs = append(errs, &FieldError{"age", fmt.Sprint("out of range: ", u.Age)})
	}
	for i, t := range u.Tags {
		if t == "" {
			errs = append(errs, FieldError{fmt.Sprintf("tags[%d]", i), "empty"})
		}
	}
	return errors.Join(errs...)
}

func main() {
	users := []User{
		{"Ada", "ada@example.com", 36, []string{"admin"}},
		{"", "nobody", 200, []string{"x", ""}},
		{" ", "a@b", -1, nil},
	}
	for i, u := range users {
		err := u.Validate()
		fmt.Printf("user %d: nil=%t\n", i, err == nil)
		if err == nil {
			continue
		}
		fmt.Println(err)
		fmt.Println("  required?", errors.Is(err, ErrRequired))
		var fe FieldError
		if errors.As(err, &fe) {
			fmt.Println("  first value FieldError:", fe.Field)
		}
		var pfe *FieldError
		if errors.As(err, &pfe) {
			fmt.Println("  pointer FieldError:", pfe.Field, pfe.Msg)
		}
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			fmt.Println("  count:", len(j.Unwrap()))
		}
	}
	fmt.Println(errors.Join(nil, nil) == nil)
	wrapped := fmt.Errorf("save user: %w", users[1].Validate())
	fmt.Printf("%v\n---\n%q\n", wrapped, wrapped.Error())
}
