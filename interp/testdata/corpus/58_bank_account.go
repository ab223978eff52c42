package main

import (
	"errors"
	"fmt"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	Owner   string
	balance int
	history []string
}

func NewAccount(owner string, initial int) *Account {
	return &Account{Owner: owner, balance: initial}
}

func (a *Account) Deposit(amount int) error {
	if amount <= 0 {
		return fmt.Errorf("deposit %d: amount must be positive", amount)
	}
	a.balance += amount
	a.history = append(a.history, fmt.Sprintf("+%d", amount))
	return nil
}

func (a *Account) Withdraw(amount int) error {
	if amount > a.balance {
		return fmt.Errorf("withdraw %d from %s: %w", amount, a.Owner, ErrInsufficient)
	}
	a.balance -= amount
	a.history = append(a.history, fmt.Sprintf("-%d", amount))
	return nil
}

func (a *Account) Balance() int { return a.balance }

func Transfer(from, to *Account, amount int) error {
	if err := from.Withdraw(amount); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	return to.Deposit(amount)
}

func main() {
	alice := NewAccount("alice", 100)
	bob := NewAccount("bob", 20)
	fmt.Println(alice.Deposit(50))
	fmt.Println(alice.Deposit(-5))
	fmt.Println(Transfer(alice, bob, 70))
	err := Transfer(bob, alice, 500)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrInsufficient))
	fmt.Println(alice.Balance(), bob.Balance())
	fmt.Println(alice.history, bob.history)
}
