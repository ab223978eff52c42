package main

import (
	"context"
	"errors"
	"fmt"
	"math/rand"
	"time"
)

type Temporary interface{ Temporary() bool }

type NetErr struct {
	Code int
}

func (e *NetErr) Error() string   { return fmt.Sprintf("net error %d", e.Code) }
func (e *NetErr) Temporary() bool { return e.Code >= 500 }

type Policy struct {
	Base, Max time.Duration
	Attempts  int
	Jitter    *rand.Rand
}

func (p Policy) Delay(attempt int) time.Duration {
	d := p.Base << attempt
	if d > p.Max || d <= 0 {
		d = p.Max
	}
	if p.Jitter != nil {
		d = d/2 + time.Duration(p.Jitter.Int63n(int64(d/2)+1))
	}
	return d
}

type sleeper struct{ total time.Duration }

func (s *sleeper) Sleep(ctx context.Context, d time.Duration) error {
	if dl, ok := ctx.Deadline(); ok && s.total+d > time.Until(dl)+time.Hour {
		return context.DeadlineExceeded
	}
	s.total += d
	return nil
}

func Retry(ctx context.Context, p Policy, s *sleeper, op func(int) error) (int, error) {
	var errs []error
	for i := 0; i < p.Attempts; i++ {
		err := op(i)
		if err == nil {
			return i + 1, nil
		}
		errs = append(errs, fmt.Errorf("attempt %d: %w", i+1, err))
		var t Temporary
		if !errors.As(err, &t) || !t.Temporary() {
			return i + 1, fmt.Errorf("permanent: %w", errors.Join(errs...))
		}
		if err := s.Sleep(ctx, p.Delay(i)); err != nil {
			return i + 1, err
		}
	}
	return p.Attempts, fmt.Errorf("gave up: %w", errors.Join(errs...))
}

func main() {
	p := Policy{Base: 100 * time.Millisecond, Max: 2 * time.Second, Attempts: 6}
	for i := 0; i < 7; i++ {
		fmt.Print(p.Delay(i), " ")
	}
	fmt.Println()
	pj := p
	pj.Jitter = rand.New(rand.NewSource(42))
	for i := 0; i < 5; i++ {
		d := pj.Delay(i)
		fmt.Print(d >= p.Delay(i)/2 && d <= p.Delay(i), " ")
	}
	fmt.Println()

	scenarios := map[string][]int{
		"eventually": {503, 502, 0},
		"permanent":  {503, 404, 0},
		"exhausted":  {500, 500, 500, 500, 500, 500, 500},
	}
	for _, name := range []string{"eventually", "permanent", "exhausted"} {
		codes := scenarios[name]
		s := &sleeper{}
		n, err := Retry(context.Background(), p, s, func(i int) error {
			if codes[i] == 0 {
				return nil
			}
			return &NetErr{codes[i]}
		})
		fmt.Printf("%s: attempts=%d slept=%v\n", name, n, s.total)
		if err != nil {
			fmt.Println(err)
			var ne *NetErr
			fmt.Println("  as NetErr:", errors.As(err, &ne), ne)
		}
	}
}
