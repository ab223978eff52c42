package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

type BreakerState int

const (
	Closed BreakerState = iota
	Open
	HalfOpen
)

func (s BreakerState) String() string {
	return map[BreakerState]string{Closed: "closed", Open: "open", HalfOpen: "half-open"}[s]
}

var ErrOpen = errors.New("circuit open")

type Transition struct {
	At       time.Duration
	From, To BreakerState
}

func (t Transition) String() string { return fmt.Sprintf("@%v %v→%v", t.At, t.From, t.To) }

type Breaker struct {
	now       func() time.Duration
	threshold int
	cooldown  time.Duration
	state     BreakerState
	fails     int
	openedAt  time.Duration
	history   []Transition
	OnChange  func(Transition)
}

func (b *Breaker) set(s BreakerState) {
	if s == b.state {
		return
	}
	t := Transition{b.now(), b.state, s}
	b.history = append(b.history, t)
	b.state = s
	if b.OnChange != nil {
		b.OnChange(t)
	}
}

func (b *Breaker) Call(f func() error) (err error) {
	if b.state == Open {
		if b.now()-b.openedAt < b.cooldown {
			return ErrOpen
		}
		b.set(HalfOpen)
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic in call: %v", r)
		}
		if err != nil {
			b.fails++
			if b.state == HalfOpen || b.fails >= b.threshold {
				b.openedAt = b.now()
				b.set(Open)
			}
			return
		}
		b.fails = 0
		b.set(Closed)
	}()
	return f()
}

type Backend struct {
	healthyAfter time.Duration
	now          func() time.Duration
	calls        int
}

func (be *Backend) Handle() error {
	be.calls++
	t := be.now()
	switch {
	case t < be.healthyAfter && be.calls%5 == 0:
		panic("backend crashed")
	case t < be.healthyAfter:
		return fmt.Errorf("timeout at %v", t)
	}
	return nil
}

func main() {
	var clock time.Duration
	now := func() time.Duration { return clock }
	var changes []string
	br := &Breaker{now: now, threshold: 3, cooldown: 2 * time.Second}
	br.OnChange = func(t Transition) { changes = append(changes, t.String()) }
	be := &Backend{healthyAfter: 9 * time.Second, now: now}
	var timeline strings.Builder
	counts := map[string]int{}
	for step := 0; step < 30; step++ {
		err := br.Call(be.Handle)
		switch {
		case err == nil:
			timeline.WriteByte('+')
			counts["ok"]++
		case errors.Is(err, ErrOpen):
			timeline.WriteByte('o')
			counts["rejected"]++
		case strings.HasPrefix(err.Error(), "panic"):
			timeline.WriteByte('!')
			counts["panic"]++
		default:
			timeline.WriteByte('-')
			counts["failed"]++
		}
		clock += 500 * time.Millisecond
	}
	fmt.Println(timeline.String())
	fmt.Println(counts)
	fmt.Println("backend calls:", be.calls, "state:", br.state)
	for _, c := range changes {
		fmt.Println(" ", c)
	}
	fmt.Printf("%v\n", br.history[:2])
	fmt.Printf("%+v\n", br.history[0])
	fmt.Printf("%d %s %v %x\n", HalfOpen, HalfOpen, BreakerState(7), Open)
}
