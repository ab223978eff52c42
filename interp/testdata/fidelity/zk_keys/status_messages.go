package main

import (
	"errors"
	"fmt"
)

type HTTPError struct {
	Code int
}

func (e HTTPError) Error() string { return fmt.Sprintf("http %d", e.Code) }

type Temporary interface{ Temporary() bool }

type NetError string

func (e NetError) Error() string   { return "net: " + string(e) }
func (e NetError) Temporary() bool { return e == "reset" }

var ErrClosed = errors.New("closed")

var hints = map[error]string{
	HTTPError{404}:    "check the URL",
	HTTPError{503}:    "retry later",
	NetError("reset"): "reconnect",
	ErrClosed:         "reopen",
}

func hint(err error) string {
	if h, ok := hints[err]; ok {
		return h
	}
	var he HTTPError
	if errors.As(err, &he) {
		return fmt.Sprintf("unknown http status %d", he.Code)
	}
	return "no idea"
}

func main() {
	errs := []error{HTTPError{404}, NetError("reset"), ErrClosed, HTTPError{500}, NetError("dns"), errors.New("closed")}
	for _, e := range errs {
		t, ok := e.(Temporary)
		fmt.Printf("%-10v -> %-22s temporary=%v\n", e, hint(e), ok && t.Temporary())
	}
	fmt.Println(len(hints))
}
