package main

import (
	"errors"
	"fmt"
	"sort"
)

var (
	ErrInsufficientFunds = errors.New("insufficient funds")
	ErrAccountNotFound   = errors.New("account not found")
	ErrFrozen            = errors.New("account frozen")
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type Account struct {
	ID      string
	Balance Cents
	Frozen  bool
}

type Bank struct {
	accounts map[string]*Account
}

func NewBank() *Bank { return &Bank{accounts: make(map[string]*Account)} }

func (b *Bank) Open(id string, initial Cents) {
	b.accounts[id] = &Account{ID: id, Balance: initial}
}

func (b *Bank) get(id string) (*Account, error) {
	a, ok := b.accounts[id]
	if !ok {
		return nil, fmt.Errorf("lookup %q: %w", id, ErrAccountNotFound)
	}
	if a.Frozen {
		return nil, fmt.Errorf("lookup %q: %w", id, ErrFrozen)
	}
	return a, nil
}

func (b *Bank) Transfer(from, to string, amt Cents) error {
	src, err := b.get(from)
	if err != nil {
		return fmt.Errorf("transfer: %w", err)
	}
	dst, err := b.get(to)
	if err != nil {
		return fmt.Errorf("transfer: %w", err)
	}
	if src.Balance < amt {
		return fmt.Errorf("transfer %v from %s: %w", amt, from, ErrInsufficientFunds)
	}
	src.Balance -= amt
	dst.Balance += amt
	return nil
}

func main() {
	bank := NewBank()
	bank.Open("alice", 10_000)
	bank.Open("bob", 2_550)
	bank.Open("carol", 0)
	bank.accounts["carol"].Frozen = true

	ops := []struct {
		from, to string
		amt      Cents
	}{
		{"alice", "bob", 2_500},
		{"bob", "alice", 99_999},
		{"alice", "dave", 100},
		{"bob", "carol", 1},
		{"bob", "alice", 5_050},
	}
	for i, op := range ops {
		err := bank.Transfer(op.from, op.to, op.amt)
		switch {
		case err == nil:
			fmt.Printf("%d: ok %v %s->%s\n", i, op.amt, op.from, op.to)
		case errors.Is(err, ErrInsufficientFunds):
			fmt.Printf("%d: declined: %v\n", i, err)
		case errors.Is(err, ErrAccountNotFound), errors.Is(err, ErrFrozen):
			fmt.Printf("%d: bad account: %v\n", i, err)
		default:
			fmt.Printf("%d: unexpected: %v\n", i, err)
		}
	}
	ids := make([]string, 0, len(bank.accounts))
	for id := range bank.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var total Cents
	for _, id := range ids {
		a := bank.accounts[id]
		total += a.Balance
		fmt.Printf("%-6s %10v frozen=%t\n", a.ID, a.Balance, a.Frozen)
	}
	fmt.Println("total:", total)
	fmt.Println(Cents(-1234), Cents(5))
}
