package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

type ValidationError struct {
	Field string
	Msg   string
}

func (v ValidationError) Error() string { return v.Field + ": " + v.Msg }

type TimeoutError struct{ Op string }

func (t *TimeoutError) Error() string   { return t.Op + ": timed out" }
func (t *TimeoutError) Timeout() bool   { return true }
func (t *TimeoutError) Temporary() bool { return true }

type temporary interface{ Temporary() bool }

func validate(name string, age int) error {
	var errs []error
	if name == "" {
		errs = append(errs, ValidationError{"name", "required"})
	}
	if age < 0 {
		errs = append(errs, ValidationError{"age", "must be non-negative"})
	}
	if age > 150 {
		errs = append(errs, ValidationError{"age", "unrealistic"})
	}
	return errors.Join(errs...)
}

func fetch(n int) error {
	switch n % 3 {
	case 0:
		return nil
	case 1:
		return fmt.Errorf("fetch %d: %w and %w", n, &TimeoutError{"dial"}, io.ErrUnexpectedEOF)
	}
	return fmt.Errorf("fetch %d: %w", n, fs.ErrPermission)
}

func main() {
	for _, in := range []struct {
		name string
		age  int
	}{{"ann", 30}, {"", -2}, {"", 200}, {"bo", 151}} {
		err := validate(in.name, in.age)
		if err == nil {
			fmt.Println("ok:", in.name)
			continue
		}
		fmt.Printf("invalid %q:\n%v\n", in.name, err)
		var ve ValidationError
		if errors.As(err, &ve) {
			fmt.Println("  first field:", ve.Field)
		}
		if u, ok := err.(interface{ Unwrap() []error }); ok {
			fmt.Println("  count:", len(u.Unwrap()))
		}
	}

	for n := 0; n < 4; n++ {
		err := fetch(n)
		fmt.Println(n, err)
		var te *TimeoutError
		fmt.Println("  timeout:", errors.As(err, &te), "eof:", errors.Is(err, io.ErrUnexpectedEOF),
			"perm:", errors.Is(err, os.ErrPermission))
		var tmp temporary
		if errors.As(err, &tmp) {
			fmt.Println("  temporary:", tmp.Temporary())
		}
	}

	joined := errors.Join(nil, nil)
	fmt.Println(joined == nil)
	e := errors.Join(errors.New("a"), nil, errors.New("b"))
	fmt.Printf("%q\n", e.Error())
	outer := fmt.Errorf("outer: %w", e)
	fmt.Println(errors.Unwrap(outer) == e)
}
