package main

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

type SignupForm struct {
	Username string `validate:"required,min=3,max=12"`
	Email    string `validate:"required,contains=@"`
	Age      int    `validate:"min=13,max=120"`
	Bio      string `validate:"max=20"`
	Referrer string
}

type FieldError struct {
	Field string
	Rule  string
	Msg   string
}

func (e FieldError) Error() string {
	return fmt.Sprintf("%s: %s (%s)", e.Field, e.Msg, e.Rule)
}

func checkRule(v reflect.Value, rule string) (string, bool) {
	name, arg, _ := strings.Cut(rule, "=")
	switch name {
	case "required":
		return "is required", !v.IsZero()
	case "min", "max":
		n, _ := strconv.Atoi(arg)
		var size int
		if v.Kind() == reflect.String {
			size = len(v.String())
		} else {
			size = int(v.Int())
		}
		if name == "min" {
			return fmt.Sprintf("must be at least %d", n), size >= n
		}
		return fmt.Sprintf("must be at most %d", n), size <= n
	case "contains":
		return fmt.Sprintf("must contain %q", arg), strings.Contains(v.String(), arg)
	}
	return "unknown rule", false
}

func Validate(s interface{}) error {
	v := reflect.ValueOf(s)
	t := v.Type()
	var errs []error
	for i := 0; i < t.NumField(); i++ {
		tag := t.Field(i).Tag.Get("validate")
		if tag == "" {
			continue
		}
		for _, rule := range strings.Split(tag, ",") {
			if msg, ok := checkRule(v.Field(i), rule); !ok {
				errs = append(errs, FieldError{t.Field(i).Name, rule, msg})
			}
		}
	}
	return errors.Join(errs...)
}

func main() {
	forms := []SignupForm{
		{Username: "gopher", Email: "g@go.dev", Age: 13},
		{Username: "al", Email: "nope", Age: 9},
		{Email: "x@y", Age: 200, Bio: "I write far too much about myself"},
		{Username: "averyverylongname", Email: "a@b", Age: 40, Referrer: "friend"},
	}
	for i, f := range forms {
		err := Validate(f)
		if err == nil {
			fmt.Printf("form %d: ok\n", i)
			continue
		}
		fmt.Printf("form %d: invalid\n", i)
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Println("   ", line)
		}
		var fe FieldError
		if errors.As(err, &fe) {
			fmt.Println("    first field:", fe.Field)
		}
	}
}
