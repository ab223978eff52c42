package main

import (
	"errors"
	"fmt"
	"sort"
)

type Bank struct {
	accounts map[string]int
	log      []string
}

type TransferError struct {
	From, To string
	Amount   int
	Reason   string
}

func (e *TransferError) Error() string {
	return fmt.Sprintf("transfer %s->%s of %d failed: %s", e.From, e.To, e.Amount, e.Reason)
}

func NewBank() *Bank {
	return &Bank{accounts: make(map[string]int)}
}

func (b *Bank) Open(name string, initial int) {
	b.accounts[name] = initial
	b.log = append(b.log, fmt.Sprintf("open %s %d", name, initial))
}

func (b *Bank) Transfer(from, to string, amount int) error {
	if _, ok := b.accounts[from]; !ok {
		return &TransferError{from, to, amount, "unknown source"}
	}
	if _, ok := b.accounts[to]; !ok {
		return &TransferError{from, to, amount, "unknown destination"}
	}
	if b.accounts[from] < amount {
		return &TransferError{from, to, amount, "insufficient funds"}
	}
	b.accounts[from] -= amount
	b.accounts[to] += amount
	b.log = append(b.log, fmt.Sprintf("move %s->%s %d", from, to, amount))
	return nil
}

func (b *Bank) Report() {
	names := make([]string, 0, len(b.accounts))
	for n := range b.accounts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("  %-6s %6d\n", n, b.accounts[n])
	}
}

func main() {
	bank := NewBank()
	bank.Open("alice", 100)
	bank.Open("bob", 50)
	bank.Open("carol", 0)

	steps := []struct {
		from, to string
		amt      int
	}{
		{"alice", "bob", 30},
		{"bob", "carol", 100},
		{"dave", "alice", 1},
		{"carol", "erin", 1},
		{"bob", "carol", 80},
	}
	for _, s := range steps {
		if err := bank.Transfer(s.from, s.to, s.amt); err != nil {
			var te *TransferError
			if errors.As(err, &te) {
				fmt.Println("reason:", te.Reason, "|", err)
			}
			continue
		}
		fmt.Println("ok", s.from, s.to, s.amt)
	}

	bank.Report()
	fmt.Println(len(bank.log), "log entries")
	for i, l := range bank.log {
		fmt.Println(i, l)
	}
}
