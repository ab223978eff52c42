package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
)

type Account interface {
	ID() string
	Balance() int64
	Withdraw(amount int64) error
	Deposit(amount int64)
}

type base struct {
	id      string
	balance int64
}

func (b *base) ID() string      { return b.id }
func (b *base) Balance() int64  { return b.balance }
func (b *base) Deposit(a int64) { b.balance += a }

type Checking struct {
	base
	Overdraft int64
}

func (c *Checking) Withdraw(a int64) error {
	if c.balance-a < -c.Overdraft {
		return &InsufficientFunds{c.id, a, c.balance + c.Overdraft}
	}
	c.balance -= a
	return nil
}

type Savings struct {
	base
	Rate        float64
	withdrawals int
}

func (s *Savings) Withdraw(a int64) error {
	if s.withdrawals >= 2 {
		return fmt.Errorf("%s: %w", s.id, ErrLimit)
	}
	if a > s.balance {
		return &InsufficientFunds{s.id, a, s.balance}
	}
	s.withdrawals++
	s.balance -= a
	return nil
}

func (s *Savings) AddInterest() {
	s.balance += int64(float64(s.balance) * s.Rate)
}

type InsufficientFunds struct {
	Account   string
	Requested int64
	Available int64
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("%s: insufficient funds: requested %d, available %d", e.Account, e.Requested, e.Available)
}

var ErrLimit = errors.New("withdrawal limit reached")

type Bank struct {
	accounts map[string]Account
	ledger   []string
}

func (b *Bank) Open(a Account) { b.accounts[a.ID()] = a }

func (b *Bank) Transfer(from, to string, amt int64) error {
	src, dst := b.accounts[from], b.accounts[to]
	if src == nil || dst == nil {
		return fmt.Errorf("transfer %s->%s: unknown account", from, to)
	}
	if err := src.Withdraw(amt); err != nil {
		b.ledger = append(b.ledger, "FAILED "+err.Error())
		return fmt.Errorf("transfer %s->%s: %w", from, to, err)
	}
	dst.Deposit(amt)
	b.ledger = append(b.ledger, fmt.Sprintf("%s -> %s %d", from, to, amt))
	return nil
}

func (b *Bank) Statement() {
	for _, id := range slices.Sorted(maps.Keys(b.accounts)) {
		a := b.accounts[id]
		fmt.Printf("%-5s %-16T %8d\n", id, a, a.Balance())
	}
}

func main() {
	bank := &Bank{accounts: map[string]Account{}}
	bank.Open(&Checking{base{"chk1", 500}, 200})
	bank.Open(&Savings{base: base{"sav1", 1000}, Rate: 0.015})
	bank.Open(&Checking{base: base{id: "chk2"}})

	transfers := []struct {
		from, to string
		amt      int64
	}{
		{"chk1", "chk2", 600}, {"chk1", "chk2", 200}, {"sav1", "chk1", 300},
		{"sav1", "chk2", 100}, {"sav1", "chk2", 1}, {"chk2", "nope", 5}, {"chk2", "sav1", 900},
	}
	for _, t := range transfers {
		if err := bank.Transfer(t.from, t.to, t.amt); err != nil {
			var inf *InsufficientFunds
			switch {
			case errors.As(err, &inf):
				fmt.Printf("short by %d: %v\n", inf.Requested-inf.Available, err)
			case errors.Is(err, ErrLimit):
				fmt.Println("limit:", err)
			default:
				fmt.Println("error:", err)
			}
		}
	}
	for _, a := range bank.accounts {
		if s, ok := a.(*Savings); ok {
			s.AddInterest()
		}
	}
	bank.Statement()
	for i, l := range bank.ledger {
		fmt.Printf("%2d. %s\n", i+1, l)
	}
	var total int64
	for _, a := range bank.accounts {
		total += a.Balance()
	}
	fmt.Println("total:", total)
}
