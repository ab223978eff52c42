package main

import (
	"errors"
	"fmt"
)

type Event interface{ isEvent() }

type Opened struct{ Owner string }
type Deposited struct{ Amount int }
type Withdrawn struct{ Amount int }
type Closed struct{}

func (Opened) isEvent()    {}
func (Deposited) isEvent() {}
func (Withdrawn) isEvent() {}
func (Closed) isEvent()    {}

type Account struct {
	Owner   string
	Balance int
	Open    bool
	Version int
}

func (a *Account) Apply(e Event) {
	switch e := e.(type) {
	case Opened:
		a.Owner, a.Open = e.Owner, true
	case Deposited:
		a.Balance += e.Amount
	case Withdrawn:
		a.Balance -= e.Amount
	case Closed:
		a.Open = false
	}
	a.Version++
}

var ErrClosed = errors.New("account closed")

func (a *Account) Withdraw(n int) (Event, error) {
	if !a.Open {
		return nil, ErrClosed
	}
	if n > a.Balance {
		return nil, fmt.Errorf("withdraw %d: balance %d", n, a.Balance)
	}
	return Withdrawn{n}, nil
}

func Replay(events []Event) *Account {
	a := &Account{}
	for _, e := range events {
		a.Apply(e)
	}
	return a
}

func main() {
	log := []Event{Opened{"ann"}, Deposited{100}, Deposited{50}}
	acc := Replay(log)
	fmt.Printf("%+v\n", *acc)

	for _, amt := range []int{70, 100} {
		ev, err := acc.Withdraw(amt)
		if err != nil {
			fmt.Println("rejected:", err)
			continue
		}
		log = append(log, ev)
		acc.Apply(ev)
	}

	log = append(log, Closed{})
	final := Replay(log)
	fmt.Printf("%+v events=%d\n", *final, len(log))
	_, err := final.Withdraw(1)
	fmt.Println(err, errors.Is(err, ErrClosed))

	fmt.Printf("%+v\n", *Replay(log[:2]))
	for i, e := range log {
		fmt.Printf("%d %T %v\n", i, e, e)
	}
}
