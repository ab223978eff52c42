package main

import (
	"errors"
	"fmt"
)

type Account interface {
	ID() string
	Balance() int64
	Deposit(amount int64) error
	Withdraw(amount int64) error
}

type InsufficientFunds struct {
	Need, Have int64
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("insufficient funds: need %d, have %d", e.Need, e.Have)
}

var ErrNegative = errors.New("amount must be positive")

type base struct {
	id  string
	bal int64
}

func (b *base) ID() string     { return b.id }
func (b *base) Balance() int64 { return b.bal }
func (b *base) Deposit(a int64) error {
	if a <= 0 {
		return ErrNegative
	}
	b.bal += a
	return nil
}
func (b *base) Withdraw(a int64) error {
	if a <= 0 {
		return ErrNegative
	}
	if a > b.bal {
		return &InsufficientFunds{a, b.bal}
	}
	b.bal -= a
	return nil
}

type Checking struct {
	base
	overdraft int64
}

func (c *Checking) Withdraw(a int64) error {
	if a <= 0 {
		return ErrNegative
	}
	if a > c.bal+c.overdraft {
		return &InsufficientFunds{a, c.bal + c.overdraft}
	}
	c.bal -= a
	return nil
}

type Savings struct {
	base
	rateBP int64
}

func (s *Savings) AddInterest() {
	s.bal += s.bal * s.rateBP / 10000
}

func NewChecking(id string, od int64) Account { return &Checking{base{id: id}, od} }
func NewSavings(id string, bp int64) Account  { return &Savings{base: base{id: id}, rateBP: bp} }

func transfer(from, to Account, amt int64) error {
	if err := from.Withdraw(amt); err != nil {
		return fmt.Errorf("transfer %s->%s: %w", from.ID(), to.ID(), err)
	}
	if err := to.Deposit(amt); err != nil {
		return fmt.Errorf("transfer %s->%s: %w", from.ID(), to.ID(), err)
	}
	return nil
}

func main() {
	chk := NewChecking("CHK-1", 500)
	sav := NewSavings("SAV-1", 125)
	accts := []Account{chk, sav}
	chk.Deposit(1000)
	sav.Deposit(20000)
	steps := []struct {
		from, to Account
		amt      int64
	}{
		{chk, sav, 300}, {chk, sav, 1000}, {chk, sav, 500}, {sav, chk, -5}, {sav, chk, 2500},
	}
	for _, s := range steps {
		err := transfer(s.from, s.to, s.amt)
		var inf *InsufficientFunds
		switch {
		case err == nil:
			fmt.Printf("ok %d\n", s.amt)
		case errors.As(err, &inf):
			fmt.Printf("short by %d: %v\n", inf.Need-inf.Have, err)
		case errors.Is(err, ErrNegative):
			fmt.Println("bad amount:", err)
		}
		for _, a := range accts {
			fmt.Printf("  %s=%d", a.ID(), a.Balance())
		}
		fmt.Println()
	}
	for month := 1; month <= 3; month++ {
		if s, ok := sav.(*Savings); ok {
			s.AddInterest()
		}
		fmt.Println("month", month, sav.Balance())
	}
	if _, ok := chk.(*Savings); !ok {
		fmt.Printf("%T is not savings\n", chk)
	}
}
