package main

import (
	"errors"
	"fmt"
)

type Code int

const (
	NotFound Code = 404
	Conflict Code = 409
	Internal Code = 500
)

type HTTPError struct {
	Code Code
	Msg  string
}

func (e HTTPError) Error() string { return fmt.Sprintf("%d %s", e.Code, e.Msg) }

// Is matches any HTTPError with the same code, whatever the message.
func (e HTTPError) Is(target error) bool {
	t, ok := target.(HTTPError)
	return ok && t.Code == e.Code
}

var (
	ErrNotFound = HTTPError{Code: NotFound}
	ErrConflict = HTTPError{Code: Conflict}
)

type TempError struct{ Attempt int }

func (t *TempError) Error() string     { return fmt.Sprintf("temporary (attempt %d)", t.Attempt) }
func (t *TempError) Is(err error) bool { return err == errTemporary }

var errTemporary = errors.New("temporary")

func lookup(id int) error {
	switch {
	case id < 0:
		return fmt.Errorf("lookup %d: %w", id, HTTPError{NotFound, "no such user"})
	case id == 0:
		return errors.Join(HTTPError{Conflict, "duplicate"}, &TempError{2})
	case id > 100:
		return &TempError{1}
	}
	return nil
}

func main() {
	for _, id := range []int{5, -1, 0, 101} {
		err := lookup(id)
		fmt.Printf("%4d %-45v nf=%-5v cf=%-5v temp=%v\n", id, err,
			errors.Is(err, ErrNotFound), errors.Is(err, ErrConflict), errors.Is(err, errTemporary))
	}
	a := HTTPError{NotFound, "x"}
	b := HTTPError{NotFound, "y"}
	fmt.Println(a == b, errors.Is(a, b), a == ErrNotFound)
	var target HTTPError
	if errors.As(lookup(-1), &target) {
		fmt.Println("as:", target.Code, target.Msg)
	}
	var te *TempError
	fmt.Println(errors.As(lookup(0), &te), te.Attempt)
	codes := map[error]string{ErrNotFound: "nf", ErrConflict: "cf"}
	fmt.Println(codes[HTTPError{Code: NotFound}], codes[HTTPError{Code: NotFound, Msg: "m"}] == "")
}
