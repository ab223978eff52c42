package main

import (
	"errors"
	"fmt"
	"strings"
)

var (
	ErrShort   = errors.New("too short")
	ErrNoDigit = errors.New("no digit")
	ErrNoUpper = errors.New("no upper case letter")
)

func validate(pw string) error {
	var errs []error
	if len(pw) < 8 {
		errs = append(errs, ErrShort)
	}
	if !strings.ContainsAny(pw, "0123456789") {
		errs = append(errs, ErrNoDigit)
	}
	if strings.ToLower(pw) == pw {
		errs = append(errs, ErrNoUpper)
	}
	return errors.Join(errs...)
}

func main() {
	for _, pw := range []string{"abc", "Password1", "longpassword"} {
		err := validate(pw)
		if err == nil {
			fmt.Printf("%s: ok\n", pw)
			continue
		}
		fmt.Printf("%s:\n%v\n", pw, err)
		fmt.Println("  short?", errors.Is(err, ErrShort), "digit?", errors.Is(err, ErrNoDigit))
	}
	multi := fmt.Errorf("both: %w and %w", ErrShort, ErrNoDigit)
	fmt.Println(multi, errors.Is(multi, ErrNoDigit))
}
