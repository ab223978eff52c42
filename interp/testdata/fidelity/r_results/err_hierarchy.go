package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type Code int

const (
	CodeNotFound Code = 404
	CodeConflict Code = 409
	CodeInternal Code = 500
)

type AppError struct {
	Code Code
	Op   string
	Err  error
}

func (e *AppError) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%s: [%d] %v", e.Op, e.Code, e.Err)
	}
	return fmt.Sprintf("%s: [%d]", e.Op, e.Code)
}

func (e *AppError) Unwrap() error { return e.Err }

// Is lets errors.Is(err, &AppError{Code: X}) match by code.
func (e *AppError) Is(target error) bool {
	t, ok := target.(*AppError)
	return ok && t.Code == e.Code && t.Op == ""
}

type ValidationError struct {
	Field string
	Msg   string
}

func (v ValidationError) Error() string { return v.Field + ": " + v.Msg }

type RetryableError interface {
	error
	Retryable() bool
}

type timeoutErr struct{ after int }

func (t timeoutErr) Error() string   { return fmt.Sprintf("timeout after %dms", t.after) }
func (t timeoutErr) Retryable() bool { return true }

var ErrNotFound = &AppError{Code: CodeNotFound}

func getUser(id int) error {
	switch id {
	case 1:
		return nil
	case 2:
		return &AppError{CodeNotFound, "getUser", fmt.Errorf("id %d: %w", id, fs.ErrNotExist)}
	case 3:
		return &AppError{CodeInternal, "getUser", timeoutErr{250}}
	case 4:
		return fmt.Errorf("handler: %w", &AppError{CodeConflict, "getUser", ValidationError{"email", "taken"}})
	}
	_, err := os.Open("/definitely/not/here.txt")
	return &AppError{CodeInternal, "getUser", err}
}

func classify(err error) string {
	var ve ValidationError
	var re RetryableError
	var pe *fs.PathError
	var ae *AppError
	switch {
	case err == nil:
		return "ok"
	case errors.Is(err, ErrNotFound):
		return "not found (is fs.ErrNotExist: " + fmt.Sprint(errors.Is(err, fs.ErrNotExist)) + ")"
	case errors.As(err, &ve):
		return "validation on " + ve.Field
	case errors.As(err, &re):
		return fmt.Sprintf("retryable=%v", re.Retryable())
	case errors.As(err, &pe):
		return "path error op=" + pe.Op + " path=" + pe.Path
	case errors.As(err, &ae):
		return fmt.Sprintf("app error %d", ae.Code)
	}
	return "unknown"
}

func main() {
	for id := 1; id <= 5; id++ {
		err := getUser(id)
		fmt.Printf("%d: %v\n   => %s\n", id, err, classify(err))
	}
	err := getUser(4)
	var ae *AppError
	if errors.As(err, &ae) {
		fmt.Println("code:", ae.Code, "op:", ae.Op, "inner:", ae.Err)
		fmt.Printf("%T %T\n", ae.Err, errors.Unwrap(err))
	}
	fmt.Println(errors.Is(err, &AppError{Code: CodeConflict}), errors.Is(err, &AppError{Code: CodeConflict, Op: "x"}))
	fmt.Println(errors.Unwrap(errors.Unwrap(err)) == ae.Err)
	fmt.Println(errors.Is(getUser(5), fs.ErrNotExist))
}
