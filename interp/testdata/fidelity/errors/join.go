package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrEmpty = errors.New("empty value")
var ErrTooLong = errors.New("too long")

func check(fields map[string]string, order []string) error {
	var errs []error
	for _, k := range order {
		v := fields[k]
		switch {
		case v == "":
			errs = append(errs, fmt.Errorf("%s: %w", k, ErrEmpty))
		case len(v) > 8:
			errs = append(errs, fmt.Errorf("%s: %w", k, ErrTooLong))
		}
	}
	return errors.Join(errs...)
}

func main() {
	f := map[string]string{"user": "", "host": "example.internal", "port": "8080"}
	err := check(f, []string{"user", "host", "port"})
	fmt.Println(err)
	fmt.Println("---")
	fmt.Println(errors.Is(err, ErrEmpty), errors.Is(err, ErrTooLong))

	if u, ok := err.(interface{ Unwrap() []error }); ok {
		fmt.Println("joined:", len(u.Unwrap()))
	}
	fmt.Println(strings.Count(err.Error(), "\n"))
	fmt.Println(check(map[string]string{"a": "x"}, []string{"a"}) == nil)
}
