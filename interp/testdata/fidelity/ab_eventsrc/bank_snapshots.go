package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Event interface {
	Apply(a *Account) error
	Kind() string
}

type Opened struct {
	Owner string
	Limit int64
}
type Deposited struct{ Amount int64 }
type Withdrew struct{ Amount int64 }
type Frozen struct{ Reason string }

func (e Opened) Kind() string    { return "opened" }
func (e Deposited) Kind() string { return "deposited" }
func (e Withdrew) Kind() string  { return "withdrew" }
func (e Frozen) Kind() string    { return "frozen" }

var (
	ErrFrozen    = errors.New("account frozen")
	ErrNotOpened = errors.New("account not opened")
)

type InsufficientFunds struct {
	Balance, Amount, Limit int64
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("insufficient funds: balance %d, overdraft %d, want %d", e.Balance, e.Limit, e.Amount)
}

type Account struct {
	Owner   string `json:"owner"`
	Balance int64  `json:"balance"`
	Limit   int64  `json:"limit,omitempty"`
	Frozen  string `json:"frozen,omitempty"`
	Version int    `json:"version"`
}

func (e Opened) Apply(a *Account) error {
	a.Owner, a.Limit = e.Owner, e.Limit
	return nil
}
func (e Deposited) Apply(a *Account) error {
	if a.Owner == "" {
		return ErrNotOpened
	}
	a.Balance += e.Amount
	return nil
}
func (e Withdrew) Apply(a *Account) error {
	switch {
	case a.Owner == "":
		return ErrNotOpened
	case a.Frozen != "":
		return fmt.Errorf("withdraw %d: %w (%s)", e.Amount, ErrFrozen, a.Frozen)
	case a.Balance+a.Limit < e.Amount:
		return &InsufficientFunds{a.Balance, e.Amount, a.Limit}
	}
	a.Balance -= e.Amount
	return nil
}
func (e Frozen) Apply(a *Account) error { a.Frozen = e.Reason; return nil }

type Store struct {
	events    []Event
	snapshots map[int][]byte
	every     int
}

func (s *Store) Append(e Event) error {
	cur, err := s.Load(len(s.events))
	if err != nil {
		return err
	}
	if err := e.Apply(&cur); err != nil {
		return fmt.Errorf("event %d (%s): %w", len(s.events)+1, e.Kind(), err)
	}
	s.events = append(s.events, e)
	if len(s.events)%s.every == 0 {
		cur.Version = len(s.events)
		b, _ := json.Marshal(cur)
		s.snapshots[len(s.events)] = b
	}
	return nil
}

// Load rebuilds the account at version v from the nearest snapshot.
func (s *Store) Load(v int) (Account, error) {
	var a Account
	from := 0
	for snap := v - v%s.every; snap > 0; snap -= s.every {
		if b, ok := s.snapshots[snap]; ok {
			if err := json.Unmarshal(b, &a); err != nil {
				return a, err
			}
			from = snap
			break
		}
	}
	for _, e := range s.events[from:v] {
		if err := e.Apply(&a); err != nil {
			return a, err
		}
	}
	a.Version = v
	return a, nil
}

func main() {
	s := &Store{snapshots: map[int][]byte{}, every: 3}
	cmds := []Event{
		Deposited{50},
		Opened{"dana", 100},
		Deposited{250},
		Withdrew{120},
		Withdrew{300},
		Deposited{40},
		Withdrew{260},
		Frozen{"fraud check"},
		Withdrew{1},
		Deposited{5},
	}
	for _, c := range cmds {
		err := s.Append(c)
		var inf *InsufficientFunds
		switch {
		case err == nil:
			fmt.Printf("ok   %-10s %+v\n", c.Kind(), c)
		case errors.As(err, &inf):
			fmt.Printf("deny %-10s short by %d\n", c.Kind(), inf.Amount-inf.Balance-inf.Limit)
		case errors.Is(err, ErrFrozen), errors.Is(err, ErrNotOpened):
			fmt.Printf("deny %-10s %v\n", c.Kind(), err)
		default:
			fmt.Println("???", err)
		}
	}
	for v := 0; v <= len(s.events); v += 2 {
		a, err := s.Load(v)
		fmt.Printf("v%-2d %+v %v\n", v, a, err)
	}
	keys := []string{}
	for k := 3; k <= len(s.events); k += 3 {
		keys = append(keys, fmt.Sprintf("%d:%s", k, s.snapshots[k]))
	}
	fmt.Println(strings.Join(keys, "\n"))
	kinds := map[string]int{}
	for _, e := range s.events {
		kinds[e.Kind()]++
	}
	fmt.Println(kinds, len(s.events))
	fmt.Printf("%v %#v\n", s.events[0], s.events[len(s.events)-1])
}
