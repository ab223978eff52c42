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

func (r *RetryableError) Error() string { return "retryable: " + r.Err.Error() }
func (r *RetryableError) Unwrap() error { return r.Err }

var (
	ErrBusy    = errors.New("server busy")
	ErrBadAuth = errors.New("bad credentials")
)

type fakeServer struct {
	calls   int
	failFor int
	fatalAt int
}

func (f *fakeServer) Call(req string) (string, error) {
	f.calls++
	if f.fatalAt > 0 && f.calls == f.fatalAt {
		return "", fmt.Errorf("call %d: %w", f.calls, ErrBadAuth)
	}
	if f.calls <= f.failFor {
		return "", &RetryableError{Err: fmt.Errorf("call %d: %w", f.calls, ErrBusy), After: time.Duration(f.calls) * 10 * time.Millisecond}
	}
	return "reply to " + req, nil
}

type attemptLog []string

func retry(maxAttempts int, base time.Duration, log *attemptLog, fn func() error) error {
	var errs []error
	delay := base
	for attempt := 1; attempt <= maxAttempts; attempt++ {
		err := fn()
		if err == nil {
			*log = append(*log, fmt.Sprintf("attempt %d ok", attempt))
			return nil
		}
		errs = append(errs, err)
		var re *RetryableError
		if !errors.As(err, &re) {
			*log = append(*log, fmt.Sprintf("attempt %d fatal", attempt))
			return fmt.Errorf("giving up after %d attempts: %w", attempt, err)
		}
		wait := delay
		if re.After > wait {
			wait = re.After
		}
		*log = append(*log, fmt.Sprintf("attempt %d failed, wait %v", attempt, wait))
		delay *= 2
	}
	return fmt.Errorf("exhausted %d attempts: %w", maxAttempts, errors.Join(errs...))
}

func main() {
	scenarios := []*fakeServer{
		{failFor: 0},
		{failFor: 2},
		{failFor: 5},
		{failFor: 1, fatalAt: 2},
	}
	for i, srv := range scenarios {
		var log attemptLog
		var reply string
		err := retry(4, 5*time.Millisecond, &log, func() error {
			r, err := srv.Call(fmt.Sprintf("req-%d", i))
			if err != nil {
				return err
			}
			reply = r
			return nil
		})
		fmt.Printf("scenario %d: calls=%d\n", i, srv.calls)
		for _, l := range log {
			fmt.Println("  ", l)
		}
		if err != nil {
			fmt.Println("  err:", err)
			fmt.Println("  busy?", errors.Is(err, ErrBusy), "auth?", errors.Is(err, ErrBadAuth))
		} else {
			fmt.Println("  reply:", reply)
		}
	}
}
