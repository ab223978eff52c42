package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

type TimeoutError struct{ Secs int }

func (e *TimeoutError) Error() string { return fmt.Sprintf("timeout after %ds", e.Secs) }

type AuthError string

func (a AuthError) Error() string { return "auth: " + string(a) }

func handle(err error) string {
	switch e := err.(type) {
	case nil:
		return "ok"
	case *TimeoutError:
		return fmt.Sprintf("retry later (%d)", e.Secs)
	case AuthError:
		return "login again: " + string(e)
	case *strconv.NumError:
		return "bad number " + e.Num
	case *os.PathError:
		return "path " + e.Path
	default:
		return "unknown: " + e.Error()
	}
}

func main() {
	_, numErr := strconv.Atoi("abc")
	_, pathErr := os.Stat("/no/such/file")
	errs := []error{nil, &TimeoutError{30}, AuthError("expired"), numErr, pathErr, errors.New("boom")}
	for _, e := range errs {
		fmt.Println(handle(e))
	}
}
