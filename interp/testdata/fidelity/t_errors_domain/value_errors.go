package main

import (
	"errors"
	"fmt"
)

type Code int

const (
	CodeOK Code = iota
	CodeBadRequest
	CodeUnauthorized
	CodeInternal
)

func (c Code) String() string {
	return [...]string{"OK", "BadRequest", "Unauthorized", "Internal"}[c]
}

// APIError uses a value receiver: it is stored and matched by value.
type APIError struct {
	Code Code
	Msg  string
}

func (e APIError) Error() string { return fmt.Sprintf("%v: %s", e.Code, e.Msg) }

// Is matches any APIError with the same code, ignoring the message.
func (e APIError) Is(target error) bool {
	t, ok := target.(APIError)
	return ok && t.Code == e.Code
}

var ErrUnauthorized = APIError{Code: CodeUnauthorized}

type RateLimit struct{ RetryAfter int }

func (r RateLimit) Error() string { return fmt.Sprintf("rate limited, retry in %ds", r.RetryAfter) }

func call(path string) error {
	switch path {
	case "/admin":
		return fmt.Errorf("GET %s: %w", path, APIError{CodeUnauthorized, "token expired"})
	case "/bad":
		return APIError{CodeBadRequest, "missing id"}
	case "/busy":
		return fmt.Errorf("GET %s: %w", path, RateLimit{30})
	case "/both":
		return errors.Join(RateLimit{5}, APIError{CodeInternal, "db down"})
	}
	return nil
}

func main() {
	for _, p := range []string{"/", "/admin", "/bad", "/busy", "/both"} {
		err := call(p)
		fmt.Printf("%-7s err=%v\n", p, err)
		if err == nil {
			continue
		}
		var api APIError
		if errors.As(err, &api) {
			fmt.Printf("        api code=%d (%v) msg=%q\n", int(api.Code), api.Code, api.Msg)
		}
		var rl RateLimit
		if errors.As(err, &rl) {
			fmt.Printf("        retry after %d\n", rl.RetryAfter)
		}
		fmt.Printf("        unauthorized=%t type=%T\n", errors.Is(err, ErrUnauthorized), err)
	}
	e1 := APIError{CodeBadRequest, "x"}
	e2 := APIError{CodeBadRequest, "x"}
	fmt.Println("equal values:", e1 == e2, error(e1) == error(e2))
	var err error = e1
	switch v := err.(type) {
	case RateLimit:
		fmt.Println("rate", v.RetryAfter)
	case APIError:
		fmt.Println("api", v.Code)
	}
	fmt.Printf("%v|%+v|%s\n", e1, e1, Code(2))
}
