package main

import (
	"errors"
	"fmt"
)

// Assert behaviour, not type: the "opaque errors" advice.
type temporary interface{ Temporary() bool }

type timeoutErr struct{ after int }

func (t timeoutErr) Error() string   { return fmt.Sprintf("timed out after %dms", t.after) }
func (t timeoutErr) Temporary() bool { return true }
func (t timeoutErr) Timeout() bool   { return true }

type authErr string

func (a authErr) Error() string   { return "auth: " + string(a) }
func (a authErr) Temporary() bool { return false }

func IsTemporary(err error) bool {
	var t temporary
	if errors.As(err, &t) {
		return t.Temporary()
	}
	return false
}

func IsTimeout(err error) bool {
	te, ok := err.(interface{ Timeout() bool })
	return ok && te.Timeout()
}

func describe(err error) string {
	switch e := err.(type) {
	case nil:
		return "no error"
	case timeoutErr:
		return fmt.Sprintf("timeout (%d)", e.after)
	case authErr:
		return "auth problem: " + string(e)
	case interface{ Unwrap() error }:
		return "wrapped: " + describe(e.Unwrap())
	default:
		return "unknown: " + err.Error()
	}
}

func main() {
	errs := []error{
		nil,
		timeoutErr{250},
		authErr("bad token"),
		fmt.Errorf("fetch: %w", timeoutErr{1000}),
		fmt.Errorf("login: %w", authErr("expired")),
		errors.New("boom"),
	}
	for i, err := range errs {
		fmt.Printf("%d. %-35v temporary=%-5t timeout=%-5t %s\n",
			i, err, IsTemporary(err), IsTimeout(err), describe(err))
	}
	var te timeoutErr
	if errors.As(errs[3], &te) {
		fmt.Println("as timeoutErr:", te.after)
	}
	fmt.Printf("%T %T\n", errs[1], errs[2])
}
