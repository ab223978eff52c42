package main

import (
	"errors"
	"fmt"
	"time"
)

type RetryableError struct {
	Err   error
	After time.Duration
}

func (r RetryableError) Error() string {
	return fmt.Sprintf("retryable (after %v): %v", r.After, r.Err)
}
func (r RetryableError) Unwrap() error { return r.Err }

var (
	ErrBusy   = errors.New("server busy")
	ErrAuth   = errors.New("unauthorized")
	ErrGiveUp = errors.New("gave up")
)

type fakeAPI struct {
	script []error
	calls  int
}

func (f *fakeAPI) Call() (string, error) {
	defer func() { f.calls++ }()
	if f.calls < len(f.script) && f.script[f.calls] != nil {
		return "", f.script[f.calls]
	}
	return fmt.Sprintf("ok after %d calls", f.calls+1), nil
}

func Retry(max int, fn func() (string, error)) (res string, err error) {
	var waited time.Duration
	var history []error
	defer func() {
		if err != nil {
			err = fmt.Errorf("%w after %d attempts, waited %v: %w", ErrGiveUp, len(history), waited, errors.Join(history...))
		}
	}()
	for attempt := 1; attempt <= max; attempt++ {
		res, err = fn()
		if err == nil {
			return res, nil
		}
		history = append(history, fmt.Errorf("attempt %d: %w", attempt, err))
		var re RetryableError
		if !errors.As(err, &re) {
			return "", err
		}
		waited += re.After * time.Duration(attempt)
	}
	return "", err
}

func main() {
	scenarios := map[string][]error{
		"a-flaky": {RetryableError{ErrBusy, 100 * time.Millisecond}, RetryableError{ErrBusy, 100 * time.Millisecond}},
		"b-auth":  {RetryableError{ErrBusy, time.Second}, ErrAuth},
		"c-down":  {RetryableError{ErrBusy, time.Second}, RetryableError{ErrBusy, 2 * time.Second}, RetryableError{ErrBusy, 500 * time.Millisecond}},
		"d-ok":    nil,
	}
	for _, name := range []string{"a-flaky", "b-auth", "c-down", "d-ok"} {
		api := &fakeAPI{script: scenarios[name]}
		res, err := Retry(3, api.Call)
		fmt.Printf("== %s (calls=%d)\n", name, api.calls)
		if err != nil {
			fmt.Println(err)
			fmt.Println("giveup:", errors.Is(err, ErrGiveUp), "busy:", errors.Is(err, ErrBusy), "auth:", errors.Is(err, ErrAuth))
			continue
		}
		fmt.Println(res)
	}
}
