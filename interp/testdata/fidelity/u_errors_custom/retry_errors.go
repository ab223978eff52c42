package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

type Temporary interface{ Temporary() bool }

type NetErr struct {
	Msg  string
	Temp bool
}

func (e *NetErr) Error() string   { return "net: " + e.Msg }
func (e *NetErr) Temporary() bool { return e.Temp }

type RetryError struct {
	Attempts int
	Last     error
	Delays   []time.Duration
}

func (e *RetryError) Error() string {
	return fmt.Sprintf("gave up after %d attempts (delays %v): %v", e.Attempts, e.Delays, e.Last)
}
func (e *RetryError) Unwrap() error { return e.Last }

func retry(max int, base time.Duration, f func(int) error) error {
	var delays []time.Duration
	var err error
	for i := 1; i <= max; i++ {
		if err = f(i); err == nil {
			return nil
		}
		var t Temporary
		if !errors.As(err, &t) || !t.Temporary() {
			return fmt.Errorf("attempt %d: permanent: %w", i, err)
		}
		delays = append(delays, base<<(i-1))
	}
	return &RetryError{max, err, delays}
}

func main() {
	scenarios := map[string]func(int) error{
		"ok-third": func(i int) error {
			if i < 3 {
				return &NetErr{fmt.Sprintf("timeout %d", i), true}
			}
			return nil
		},
		"permanent": func(i int) error { return &NetErr{"refused", false} },
		"always":    func(i int) error { return fmt.Errorf("wrapped: %w", &NetErr{"flaky", true}) },
		"plain":     func(i int) error { return errors.New("disk full") },
	}
	for _, name := range []string{"ok-third", "permanent", "always", "plain"} {
		err := retry(4, 100*time.Millisecond, scenarios[name])
		fmt.Printf("%-10s %v\n", name, err)
		var re *RetryError
		if errors.As(err, &re) {
			fmt.Printf("           attempts=%d last=%q\n", re.Attempts, re.Last)
		}
		var ne *NetErr
		if errors.As(err, &ne) {
			fmt.Printf("           net temp=%v msg=%s\n", ne.Temp, ne.Msg)
		}
	}
	errs := []error{&NetErr{"a", true}, errors.New("b"), nil, &RetryError{Attempts: 1, Last: errors.New("c")}}
	var parts []string
	for _, e := range errs {
		parts = append(parts, fmt.Sprintf("%v", e))
	}
	fmt.Println(strings.Join(parts, " | "))
	joined := errors.Join(errs...)
	fmt.Printf("%q\n", joined.Error())
	fmt.Println(errors.Unwrap(joined) == nil)
	if u, ok := joined.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}
}
