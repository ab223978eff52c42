package main

import (
	"errors"
	"fmt"
)

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

var ErrPermission = errors.New("permission denied")

func run(q string) error {
	return &QueryError{Query: q, Err: ErrPermission}
}

func main() {
	err := run("SELECT * FROM secrets")
	fmt.Println(err)

	if errors.Is(err, ErrPermission) {
		fmt.Println("access problem")
	}
	fmt.Println(errors.Unwrap(err) == ErrPermission)

	var qe *QueryError
	if errors.As(fmt.Errorf("handler: %w", err), &qe) {
		fmt.Println("failed query:", qe.Query)
	}
}
