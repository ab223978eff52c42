package main

import (
	"errors"
	"fmt"
	"time"
)

type State int

const (
	Closed State = iota
	Open
	HalfOpen
)

func (s State) String() string {
	switch s {
	case Closed:
		return "closed"
	case Open:
		return "open"
	case HalfOpen:
		return "half-open"
	}
	return "?"
}

var ErrOpen = errors.New("circuit open")

type Breaker struct {
	now       func() time.Time
	threshold int
	cooldown  time.Duration
	state     State
	failures  int
	openedAt  time.Time
	onChange  func(from, to State)
}

func (b *Breaker) set(s State) {
	if s != b.state && b.onChange != nil {
		b.onChange(b.state, s)
	}
	b.state = s
}

func (b *Breaker) Call(f func() error) error {
	if b.state == Open {
		if b.now().Sub(b.openedAt) < b.cooldown {
			return fmt.Errorf("%w (retry in %v)", ErrOpen, b.cooldown-b.now().Sub(b.openedAt))
		}
		b.set(HalfOpen)
	}
	err := f()
	switch {
	case err == nil:
		b.failures = 0
		b.set(Closed)
	case b.state == HalfOpen:
		b.openedAt = b.now()
		b.set(Open)
	default:
		b.failures++
		if b.failures >= b.threshold {
			b.openedAt = b.now()
			b.set(Open)
		}
	}
	return err
}

type flaky struct {
	pattern string
	i       int
}

func (f *flaky) Do() error {
	c := f.pattern[f.i%len(f.pattern)]
	f.i++
	if c == 'x' {
		return fmt.Errorf("backend failure #%d", f.i)
	}
	return nil
}

func main() {
	t := time.Date(2025, 3, 1, 8, 0, 0, 0, time.UTC)
	var transitions []string
	b := &Breaker{
		now:       func() time.Time { return t },
		threshold: 3,
		cooldown:  5 * time.Second,
		onChange: func(from, to State) {
			transitions = append(transitions, fmt.Sprintf("%s %v->%v", t.Format("15:04:05"), from, to))
		},
	}
	svc := &flaky{pattern: "..xxx.xx..x"}
	for i := 0; i < 14; i++ {
		err := b.Call(svc.Do)
		mark := "ok"
		switch {
		case errors.Is(err, ErrOpen):
			mark = "SKIP " + err.Error()
		case err != nil:
			mark = "fail " + err.Error()
		}
		fmt.Printf("%2d %-9v %s\n", i, b.state, mark)
		t = t.Add(2 * time.Second)
	}
	for _, tr := range transitions {
		fmt.Println(tr)
	}
	fmt.Println(svc.i, State(7), []State{Open, HalfOpen})
}
