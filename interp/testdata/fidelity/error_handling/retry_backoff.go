package main

import (
	"errors"
	"fmt"
)

type TemporaryError struct {
	Op      string
	attempt int
}

func (e *TemporaryError) Error() string {
	return fmt.Sprintf("%s: temporary failure (attempt %d)", e.Op, e.attempt)
}
func (e *TemporaryError) Temporary() bool { return true }

var ErrFatal = errors.New("fatal: giving up")

type temporary interface{ Temporary() bool }

func isRetryable(err error) bool {
	var t temporary
	return errors.As(err, &t) && t.Temporary()
}

type flaky struct {
	name      string
	failUntil int
	fatalAt   int
	calls     int
}

func (f *flaky) Do() error {
	f.calls++
	if f.fatalAt > 0 && f.calls == f.fatalAt {
		return fmt.Errorf("%s: %w", f.name, ErrFatal)
	}
	if f.calls < f.failUntil {
		return &TemporaryError{Op: f.name, attempt: f.calls}
	}
	return nil
}

type Policy struct {
	MaxAttempts int
	BaseDelay   int
	MaxDelay    int
}

func (p Policy) delay(attempt int) int {
	d := p.BaseDelay << attempt
	return min(d, p.MaxDelay)
}

func Retry(p Policy, op func() error) (waited int, err error) {
	for attempt := 0; attempt < p.MaxAttempts; attempt++ {
		err = op()
		if err == nil {
			return waited, nil
		}
		if !isRetryable(err) {
			return waited, fmt.Errorf("non-retryable after %d attempts: %w", attempt+1, err)
		}
		d := p.delay(attempt)
		fmt.Printf("  attempt %d failed (%v), backing off %dms\n", attempt+1, err, d)
		waited += d
	}
	return waited, fmt.Errorf("exhausted %d attempts: %w", p.MaxAttempts, err)
}

func main() {
	pol := Policy{MaxAttempts: 5, BaseDelay: 100, MaxDelay: 1000}
	jobs := []*flaky{
		{name: "db", failUntil: 3},
		{name: "cache", failUntil: 1},
		{name: "queue", failUntil: 10},
		{name: "auth", failUntil: 5, fatalAt: 2},
	}
	for _, j := range jobs {
		fmt.Println("job", j.name)
		waited, err := Retry(pol, j.Do)
		fmt.Printf("  => calls=%d waited=%dms err=%v\n", j.calls, waited, err)
		if err != nil {
			fmt.Println("  fatal?", errors.Is(err, ErrFatal), "temporary?", isRetryable(err))
		}
	}
	for i := range 6 {
		fmt.Print(pol.delay(i), " ")
	}
	fmt.Println()
}
