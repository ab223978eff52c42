package main

import (
	"context"
	"errors"
	"fmt"
	"math/rand"
	"strings"
	"time"
)

type Sleeper interface {
	Sleep(ctx context.Context, d time.Duration) error
}

type fakeSleeper struct {
	now    time.Duration
	budget time.Duration
	log    []time.Duration
}

var errDeadline = errors.New("fake deadline exceeded")

func (f *fakeSleeper) Sleep(ctx context.Context, d time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if f.now+d > f.budget {
		f.now = f.budget
		return errDeadline
	}
	f.now += d
	f.log = append(f.log, d)
	return nil
}

type Policy struct {
	Attempts   int
	Base, Max  time.Duration
	Multiplier float64
	Jitter     float64
	rng        *rand.Rand
}

func (p Policy) Delay(attempt int) time.Duration {
	d := float64(p.Base)
	for i := 1; i < attempt; i++ {
		d *= p.Multiplier
	}
	if d > float64(p.Max) {
		d = float64(p.Max)
	}
	if p.Jitter > 0 && p.rng != nil {
		d *= 1 - p.Jitter + 2*p.Jitter*p.rng.Float64()
	}
	return time.Duration(d).Truncate(time.Millisecond)
}

type Permanent struct{ Err error }

func (p Permanent) Error() string { return "permanent: " + p.Err.Error() }
func (p Permanent) Unwrap() error { return p.Err }

type RetryError struct {
	Attempts int
	Last     error
}

func (r *RetryError) Error() string {
	return fmt.Sprintf("gave up after %d attempts: %v", r.Attempts, r.Last)
}
func (r *RetryError) Unwrap() error { return r.Last }

func Do(ctx context.Context, s Sleeper, p Policy, op func(n int) error) error {
	var last error
	for n := 1; n <= p.Attempts; n++ {
		last = op(n)
		if last == nil {
			return nil
		}
		var perm Permanent
		if errors.As(last, &perm) {
			return last
		}
		if n == p.Attempts {
			break
		}
		if err := s.Sleep(ctx, p.Delay(n)); err != nil {
			return &RetryError{n, errors.Join(last, err)}
		}
	}
	return &RetryError{p.Attempts, last}
}

var ErrUnavailable = errors.New("503 unavailable")

func flaky(failures int, final error) func(int) error {
	return func(n int) error {
		if n <= failures {
			return fmt.Errorf("call %d: %w", n, ErrUnavailable)
		}
		return final
	}
}

func main() {
	pol := Policy{Attempts: 5, Base: 100 * time.Millisecond, Max: 2 * time.Second, Multiplier: 3}
	for i := 1; i <= 6; i++ {
		fmt.Printf("%v ", pol.Delay(i))
	}
	fmt.Println()
	cases := []struct {
		name   string
		op     func(int) error
		budget time.Duration
		pol    Policy
	}{
		{"recovers", flaky(2, nil), time.Minute, pol},
		{"exhausts", flaky(10, nil), time.Minute, pol},
		{"permanent", flaky(1, Permanent{errors.New("400 bad request")}), time.Minute, pol},
		{"deadline", flaky(10, nil), 1500 * time.Millisecond, pol},
		{"jitter", flaky(4, nil), time.Minute, Policy{Attempts: 6, Base: 200 * time.Millisecond, Max: time.Second, Multiplier: 2, Jitter: 0.2, rng: rand.New(rand.NewSource(7))}},
	}
	for _, c := range cases {
		s := &fakeSleeper{budget: c.budget}
		err := Do(context.Background(), s, c.pol, c.op)
		var re *RetryError
		var perm Permanent
		status := "ok"
		switch {
		case errors.As(err, &perm):
			status = "perm(" + perm.Err.Error() + ")"
		case errors.As(err, &re):
			status = fmt.Sprintf("retry(%d) unavailable=%t deadline=%t", re.Attempts, errors.Is(err, ErrUnavailable), errors.Is(err, errDeadline))
		}
		fmt.Printf("%-10s|%-45s|slept %-6v %v\n", c.name, status, s.now, s.log)
		if err != nil {
			fmt.Println("    ", strings.ReplaceAll(err.Error(), "\n", "; "))
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := Do(ctx, &fakeSleeper{budget: time.Hour}, pol, flaky(3, nil))
	fmt.Println(errors.Is(err, context.Canceled), err)
}
