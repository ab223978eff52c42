package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign, m = "-", -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

var (
	ErrInsufficient = errors.New("insufficient funds")
	ErrFrozen       = errors.New("account frozen")
)

type TxError struct {
	Op      string
	Account string
	Err     error
}

func (e *TxError) Error() string { return e.Op + " " + e.Account + ": " + e.Err.Error() }
func (e *TxError) Unwrap() error { return e.Err }

type Account struct {
	ID      string
	Balance Money
	Frozen  bool
	History []string
}

func (a *Account) Withdraw(m Money) error {
	if a.Frozen {
		return &TxError{"withdraw", a.ID, ErrFrozen}
	}
	if m > a.Balance {
		return &TxError{"withdraw", a.ID, fmt.Errorf("%w: need %v, have %v", ErrInsufficient, m, a.Balance)}
	}
	a.Balance -= m
	a.History = append(a.History, "-"+m.String())
	return nil
}

func (a *Account) Deposit(m Money) {
	a.Balance += m
	a.History = append(a.History, "+"+m.String())
}

type Bank struct{ accounts map[string]*Account }

func (b *Bank) Transfer(from, to string, m Money) (err error) {
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("no account %q", from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("no account %q", to)
	}
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer %v %s->%s: %w", m, from, to, err)
		}
	}()
	if err := src.Withdraw(m); err != nil {
		return err
	}
	dst.Deposit(m)
	return nil
}

func main() {
	b := &Bank{accounts: map[string]*Account{
		"alice": {ID: "alice", Balance: 10000},
		"bob":   {ID: "bob", Balance: 2550},
		"carol": {ID: "carol", Balance: 0, Frozen: true},
	}}
	tries := []struct {
		from, to string
		amt      Money
	}{
		{"alice", "bob", 2599}, {"bob", "carol", 10000}, {"carol", "alice", 1},
		{"dave", "bob", 5}, {"bob", "alice", 5149},
	}
	for _, t := range tries {
		err := b.Transfer(t.from, t.to, t.amt)
		var tx *TxError
		switch {
		case err == nil:
			fmt.Println("ok", t.amt)
		case errors.Is(err, ErrInsufficient):
			fmt.Println("insufficient:", err)
		case errors.As(err, &tx):
			fmt.Printf("tx error op=%s acct=%s frozen=%t\n", tx.Op, tx.Account, errors.Is(tx, ErrFrozen))
		default:
			fmt.Println("other:", err)
		}
	}
	ids := make([]string, 0)
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := b.accounts[id]
		fmt.Printf("%-6s %10v %s\n", id, a.Balance, strings.Join(a.History, " "))
	}
	fmt.Println(Money(-1234), Money(5), []Money{1, 100})
}
