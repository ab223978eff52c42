package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
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

type AccountID string

type Account struct {
	ID      AccountID
	Owner   string
	Balance Cents
	history []string
}

var ErrInsufficientFunds = errors.New("insufficient funds")
var ErrNoAccount = errors.New("no such account")

type OverdraftError struct {
	Account AccountID
	Need    Cents
}

func (e OverdraftError) Error() string {
	return fmt.Sprintf("account %s short by %v", e.Account, e.Need)
}

func (e OverdraftError) Unwrap() error { return ErrInsufficientFunds }

func (a *Account) Deposit(amt Cents) {
	a.Balance += amt
	a.history = append(a.history, "deposit "+amt.String())
}

func (a *Account) Withdraw(amt Cents) error {
	if amt > a.Balance {
		return OverdraftError{a.ID, amt - a.Balance}
	}
	a.Balance -= amt
	a.history = append(a.history, "withdraw "+amt.String())
	return nil
}

type Bank struct {
	accounts map[AccountID]*Account
}

func NewBank() *Bank { return &Bank{accounts: map[AccountID]*Account{}} }

func (b *Bank) Open(id AccountID, owner string, initial Cents) *Account {
	acc := &Account{ID: id, Owner: owner}
	acc.Deposit(initial)
	b.accounts[id] = acc
	return acc
}

func (b *Bank) Transfer(from, to AccountID, amt Cents) error {
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("transfer from %s: %w", from, ErrNoAccount)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("transfer to %s: %w", to, ErrNoAccount)
	}
	if err := src.Withdraw(amt); err != nil {
		return fmt.Errorf("transfer %v: %w", amt, err)
	}
	dst.Deposit(amt)
	return nil
}

func (b *Bank) Report() string {
	ids := make([]string, 0, len(b.accounts))
	for id := range b.accounts {
		ids = append(ids, string(id))
	}
	sort.Strings(ids)
	var sb strings.Builder
	for _, id := range ids {
		a := b.accounts[AccountID(id)]
		fmt.Fprintf(&sb, "%-6s %-8s %10v\n", a.ID, a.Owner, a.Balance)
	}
	return sb.String()
}

func main() {
	bank := NewBank()
	bank.Open("A-1", "alice", 150_00)
	bank.Open("B-2", "bob", 20_50)
	bank.Open("C-3", "carol", 0)

	steps := []struct {
		from, to AccountID
		amt      Cents
	}{
		{"A-1", "B-2", 45_25},
		{"B-2", "C-3", 100_00},
		{"C-3", "Z-9", 1},
		{"B-2", "C-3", 65_75},
	}
	for _, s := range steps {
		err := bank.Transfer(s.from, s.to, s.amt)
		var od OverdraftError
		switch {
		case err == nil:
			fmt.Printf("ok: %s -> %s %v\n", s.from, s.to, s.amt)
		case errors.As(err, &od):
			fmt.Println("overdraft:", err, "| need", od.Need, "| is insufficient:", errors.Is(err, ErrInsufficientFunds))
		case errors.Is(err, ErrNoAccount):
			fmt.Println("missing:", err)
		default:
			fmt.Println("other:", err)
		}
	}
	fmt.Print(bank.Report())
	fmt.Println(bank.accounts["B-2"].history)
	fmt.Println(Cents(-1234), Cents(5))
}
