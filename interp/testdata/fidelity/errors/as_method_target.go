package main

import (
	"errors"
	"fmt"
)

type TempErr struct{ op string }

func (t *TempErr) Error() string   { return t.op + ": temporary failure" }
func (t *TempErr) Temporary() bool { return true }

type temporary interface{ Temporary() bool }

func retry(op func() error) error {
	for attempt := 1; attempt <= 3; attempt++ {
		err := op()
		var t temporary
		if err != nil && errors.As(err, &t) && t.Temporary() {
			fmt.Printf("attempt %d: %v, retrying\n", attempt, err)
			continue
		}
		return err
	}
	return errors.New("gave up")
}

func main() {
	calls := 0
	err := retry(func() error {
		calls++
		if calls < 3 {
			return fmt.Errorf("dial: %w", &TempErr{"connect"})
		}
		return nil
	})
	fmt.Println("result:", err, "calls:", calls)

	err = retry(func() error { return &TempErr{"read"} })
	fmt.Println("result:", err)
}
