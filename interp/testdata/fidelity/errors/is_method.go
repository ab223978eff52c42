package main

import (
	"errors"
	"fmt"
)

type StatusError struct {
	Code int
}

func (e StatusError) Error() string { return fmt.Sprintf("status %d", e.Code) }

// Is makes every 5xx error match ErrServer.
func (e StatusError) Is(target error) bool {
	return target == ErrServer && e.Code >= 500
}

var ErrServer = errors.New("server error")

func fetch(code int) error {
	if code >= 400 {
		return fmt.Errorf("fetch /api: %w", StatusError{code})
	}
	return nil
}

func main() {
	for _, code := range []int{200, 404, 503} {
		err := fetch(code)
		fmt.Printf("%d: err=%v server=%v\n", code, err, errors.Is(err, ErrServer))
	}
}
