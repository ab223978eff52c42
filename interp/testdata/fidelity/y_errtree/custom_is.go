package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

type Code int

const (
	NotFound Code = 404
	Conflict Code = 409
	Internal Code = 500
)

type APIError struct {
	Code   Code
	Op     string
	Reason error
}

func (e *APIError) Error() string {
	if e.Reason != nil {
		return fmt.Sprintf("%s: %d: %v", e.Op, e.Code, e.Reason)
	}
	return fmt.Sprintf("%s: %d", e.Op, e.Code)
}

func (e *APIError) Unwrap() error { return e.Reason }

// Is lets errors.Is(err, &APIError{Code: NotFound}) match by code alone.
func (e *APIError) Is(target error) bool {
	t, ok := target.(*APIError)
	return ok && (t.Code == 0 || t.Code == e.Code) && (t.Op == "" || t.Op == e.Op)
}

var (
	ErrNotFound = &APIError{Code: NotFound}
	ErrConflict = &APIError{Code: Conflict}
)

type Temporary interface{ Temporary() bool }

type netErr struct{ msg string }

func (n netErr) Error() string   { return n.msg }
func (n netErr) Temporary() bool { return true }

func fetch(id int) error {
	switch id {
	case 1:
		return nil
	case 2:
		return &APIError{Code: NotFound, Op: "GetUser"}
	case 3:
		return fmt.Errorf("sync: %w", &APIError{Conflict, "PutUser", io.ErrUnexpectedEOF})
	case 4:
		return &APIError{Internal, "Dial", netErr{"connection reset"}}
	default:
		return fmt.Errorf("open cache: %w", os.ErrNotExist)
	}
}

func retryable(err error) bool {
	var t Temporary
	return errors.As(err, &t) && t.Temporary()
}

func main() {
	for id := 1; id <= 5; id++ {
		err := fetch(id)
		fmt.Printf("%d: %v\n", id, err)
		if err == nil {
			continue
		}
		fmt.Printf("   notfound=%t conflict=%t getuser=%t eof=%t notexist=%t retry=%t\n",
			errors.Is(err, ErrNotFound), errors.Is(err, ErrConflict),
			errors.Is(err, &APIError{Op: "GetUser"}), errors.Is(err, io.ErrUnexpectedEOF),
			errors.Is(err, os.ErrNotExist), retryable(err))
		var ae *APIError
		if errors.As(err, &ae) {
			fmt.Printf("   api code=%d op=%s unwrap=%v\n", ae.Code, ae.Op, errors.Unwrap(ae))
		}
	}
	e := fetch(4)
	var ne netErr
	fmt.Println(errors.As(e, &ne), ne.msg, ne)
	fmt.Println(errors.Is(ErrNotFound, ErrNotFound), ErrNotFound == &APIError{Code: NotFound})
}
