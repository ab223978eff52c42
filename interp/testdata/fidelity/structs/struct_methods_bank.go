package main

import (
	"errors"
	"fmt"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	ID      string
	balance int64
	history []string
}

func (a *Account) Deposit(amt int64) {
	a.balance += amt
	a.history = append(a.history, fmt.Sprintf("+%d", amt))
}

func (a *Account) Withdraw(amt int64) error {
	if amt > a.balance {
		return fmt.Errorf("withdraw %d from %s: %w", amt, a.ID, ErrInsufficient)
	}
	a.balance -= amt
	a.history = append(a.history, fmt.Sprintf("-%d", amt))
	return nil
}

func (a Account) Balance() int64 { return a.balance }

func Transfer(from, to *Account, amt int64) error {
	if err := from.Withdraw(amt); err != nil {
		return fmt.Errorf("transfer: %w", err)
	}
	to.Deposit(amt)
	return nil
}

func main() {
	a, b := &Account{ID: "A"}, &Account{ID: "B"}
	a.Deposit(100)
	fmt.Println(Transfer(a, b, 30))

	err := Transfer(b, a, 50)
	fmt.Println(err, errors.Is(err, ErrInsufficient))
	fmt.Println(a.Balance(), b.Balance(), a.history, b.history)
}
