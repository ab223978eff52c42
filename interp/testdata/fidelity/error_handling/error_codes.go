package main

import (
	"errors"
	"fmt"
	"sort"
)

type Code string

const (
	NotFound     Code = "NOT_FOUND"
	Conflict     Code = "CONFLICT"
	Unauthorized Code = "UNAUTHORIZED"
	Internal     Code = "INTERNAL"
)

type AppError struct {
	code    Code
	msg     string
	details map[string]string
	cause   error
}

func New(code Code, msg string) *AppError {
	return &AppError{code: code, msg: msg}
}

func (e *AppError) With(k, v string) *AppError {
	if e.details == nil {
		e.details = map[string]string{}
	}
	e.details[k] = v
	return e
}

func (e *AppError) Wrap(cause error) *AppError { e.cause = cause; return e }
func (e *AppError) Error() string {
	if e.cause != nil {
		return string(e.code) + ": " + e.msg + ": " + e.cause.Error()
	}
	return string(e.code) + ": " + e.msg
}
func (e *AppError) Unwrap() error { return e.cause }
func (e *AppError) Code() Code    { return e.code }
func (e *AppError) HTTPStatus() int {
	switch e.code {
	case NotFound:
		return 404
	case Conflict:
		return 409
	case Unauthorized:
		return 401
	}
	return 500
}

// Is matches any *AppError with the same code.
func (e *AppError) Is(target error) bool {
	t, ok := target.(*AppError)
	return ok && t.code == e.code
}

type coder interface{ Code() Code }

func statusOf(err error) (int, Code) {
	var ae *AppError
	if errors.As(err, &ae) {
		return ae.HTTPStatus(), ae.Code()
	}
	return 500, Internal
}

func createUser(name string, existing map[string]bool) error {
	if name == "" {
		return New(Unauthorized, "anonymous signup disabled")
	}
	if existing[name] {
		return New(Conflict, "user exists").With("user", name).With("hint", "pick another")
	}
	if name == "crash" {
		return New(Internal, "db write").Wrap(errors.New("connection reset"))
	}
	return nil
}

func main() {
	existing := map[string]bool{"ann": true}
	for _, n := range []string{"bob", "ann", "", "crash"} {
		err := createUser(n, existing)
		if err == nil {
			fmt.Printf("%-6q created\n", n)
			continue
		}
		wrapped := fmt.Errorf("handler: %w", err)
		st, code := statusOf(wrapped)
		fmt.Printf("%-6q %d %s | %v\n", n, st, code, wrapped)
		if errors.Is(wrapped, New(Conflict, "")) {
			var ae *AppError
			errors.As(wrapped, &ae)
			keys := make([]string, 0, len(ae.details))
			for k := range ae.details {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				fmt.Printf("        %s=%s\n", k, ae.details[k])
			}
		}
		if c, ok := err.(coder); ok {
			fmt.Println("        coder says", c.Code())
		}
		if cause := errors.Unwrap(err); cause != nil {
			fmt.Println("        cause:", cause)
		}
	}
	fmt.Println(errors.Is(New(NotFound, "a"), New(NotFound, "b")), errors.Is(New(NotFound, "a"), New(Conflict, "a")))
}
