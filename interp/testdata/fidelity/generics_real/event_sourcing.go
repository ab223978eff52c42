package main

import (
	"errors"
	"fmt"
	"strings"
)

type Event interface{ isEvent() }

type Deposited struct{ Amount int }
type Withdrawn struct{ Amount int }
type Frozen struct{ Reason string }

func (Deposited) isEvent() {}
func (Withdrawn) isEvent() {}
func (Frozen) isEvent()    {}

type Aggregate[S any] struct {
	State   S
	Version int
	apply   func(S, Event) (S, error)
	history []Event
}

func NewAggregate[S any](initial S, apply func(S, Event) (S, error)) *Aggregate[S] {
	return &Aggregate[S]{State: initial, apply: apply}
}

func (a *Aggregate[S]) Apply(events ...Event) error {
	for _, e := range events {
		next, err := a.apply(a.State, e)
		if err != nil {
			return fmt.Errorf("version %d: %w", a.Version, err)
		}
		a.State = next
		a.Version++
		a.history = append(a.history, e)
	}
	return nil
}

type Account struct {
	Balance int
	Frozen  bool
	Reason  string
}

var ErrFrozen = errors.New("account frozen")
var ErrOverdraft = errors.New("insufficient funds")

func applyAccount(s Account, e Event) (Account, error) {
	switch ev := e.(type) {
	case Deposited:
		if s.Frozen {
			return s, ErrFrozen
		}
		s.Balance += ev.Amount
	case Withdrawn:
		if s.Frozen {
			return s, ErrFrozen
		}
		if ev.Amount > s.Balance {
			return s, fmt.Errorf("withdraw %d from %d: %w", ev.Amount, s.Balance, ErrOverdraft)
		}
		s.Balance -= ev.Amount
	case Frozen:
		s.Frozen, s.Reason = true, ev.Reason
	default:
		return s, fmt.Errorf("unknown event %T", e)
	}
	return s, nil
}

func Replay[S any](initial S, apply func(S, Event) (S, error), events []Event) (S, error) {
	agg := NewAggregate(initial, apply)
	err := agg.Apply(events...)
	return agg.State, err
}

func main() {
	acc := NewAggregate(Account{}, applyAccount)
	fmt.Println(acc.Apply(Deposited{100}, Withdrawn{30}, Deposited{5}))
	fmt.Printf("%+v v%d\n", acc.State, acc.Version)
	err := acc.Apply(Withdrawn{500})
	fmt.Println(err, errors.Is(err, ErrOverdraft))
	fmt.Println(acc.Apply(Frozen{"audit"}, Deposited{1}))
	fmt.Printf("%+v v%d events=%d\n", acc.State, acc.Version, len(acc.history))
	var names []string
	for _, e := range acc.history {
		names = append(names, fmt.Sprintf("%T", e))
	}
	fmt.Println(strings.Join(names, ","))

	st, err := Replay(Account{Balance: 10}, applyAccount, acc.history[:2])
	fmt.Printf("%+v %v\n", st, err)
	counter := NewAggregate(0, func(n int, e Event) (int, error) {
		if d, ok := e.(Deposited); ok {
			return n + d.Amount, nil
		}
		return n, nil
	})
	counter.Apply(Deposited{2}, Frozen{}, Deposited{3})
	fmt.Println(counter.State, counter.Version)
}
