package main

import (
	"errors"
	"fmt"
)

// ValidationError has a value receiver: both ValidationError and
// *ValidationError satisfy error.
type ValidationError struct {
	Field string
	Msg   string
}

func (v ValidationError) Error() string { return v.Field + ": " + v.Msg }

// QueryError has a pointer receiver and wraps its cause.
type QueryError struct {
	Query string
	Err   error
}

func (q *QueryError) Error() string { return "query " + q.Query + ": " + q.Err.Error() }
func (q *QueryError) Unwrap() error { return q.Err }

var ErrTimeout = errors.New("timeout")

func validate(name string, age int) error {
	if name == "" {
		return ValidationError{"name", "must not be empty"}
	}
	if age < 0 || age > 150 {
		return ValidationError{Field: "age", Msg: fmt.Sprintf("%d out of range", age)}
	}
	return nil
}

func query(q string) error {
	if q == "slow" {
		return &QueryError{Query: q, Err: ErrTimeout}
	}
	if q == "bad" {
		return &QueryError{Query: q, Err: ValidationError{"sql", "syntax error"}}
	}
	return nil
}

func main() {
	cases := []struct {
		name string
		age  int
	}{{"ann", 30}, {"", 10}, {"bob", 200}}
	for _, c := range cases {
		err := validate(c.name, c.age)
		var ve ValidationError
		if errors.As(err, &ve) {
			fmt.Printf("invalid field %q: %s\n", ve.Field, ve.Msg)
		} else {
			fmt.Printf("%s ok (err=%v)\n", c.name, err)
		}
	}
	for _, q := range []string{"fast", "slow", "bad"} {
		err := query(q)
		if err == nil {
			fmt.Println(q, "-> ok")
			continue
		}
		fmt.Println(q, "->", err)
		var qe *QueryError
		if errors.As(err, &qe) {
			fmt.Println("   query was", qe.Query)
		}
		fmt.Println("   timeout?", errors.Is(err, ErrTimeout))
		var ve ValidationError
		fmt.Println("   validation?", errors.As(err, &ve), ve.Field)
	}
	wrapped := fmt.Errorf("outer: %w", ValidationError{"email", "missing @"})
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, ValidationError{"email", "missing @"}))
	fmt.Println(errors.Is(wrapped, ValidationError{"email", "other"}))
}
