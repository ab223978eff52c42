package main

import (
	"errors"
	"fmt"
)

var (
	ErrInsufficientFunds = errors.New("insufficient funds")
	ErrInvalidAmount     = errors.New("invalid amount")
	ErrFrozen            = errors.New("account frozen")
)

type Account struct {
	ID      string
	Owner   string
	balance int64
	frozen  bool
	history []string
}

func NewAccount(id, owner string) *Account {
	return &Account{ID: id, Owner: owner}
}

func (a *Account) Balance() int64 { return a.balance }

func (a *Account) log(format string, args ...any) {
	a.history = append(a.history, fmt.Sprintf(format, args...))
}

func (a *Account) Deposit(amount int64) error {
	if amount <= 0 {
		return fmt.Errorf("deposit %d: %w", amount, ErrInvalidAmount)
	}
	if a.frozen {
		return fmt.Errorf("deposit to %s: %w", a.ID, ErrFrozen)
	}
	a.balance += amount
	a.log("deposit %d -> %d", amount, a.balance)
	return nil
}

func (a *Account) Withdraw(amount int64) error {
	if amount <= 0 {
		return fmt.Errorf("withdraw %d: %w", amount, ErrInvalidAmount)
	}
	if a.frozen {
		return fmt.Errorf("withdraw from %s: %w", a.ID, ErrFrozen)
	}
	if amount > a.balance {
		return fmt.Errorf("withdraw %d from %s (balance %d): %w", amount, a.ID, a.balance, ErrInsufficientFunds)
	}
	a.balance -= amount
	a.log("withdraw %d -> %d", amount, a.balance)
	return nil
}

func Transfer(from, to *Account, amount int64) error {
	if err := from.Withdraw(amount); err != nil {
		return fmt.Errorf("transfer: %w", err)
	}
	if err := to.Deposit(amount); err != nil {
		_ = from.Deposit(amount)
		return fmt.Errorf("transfer: %w", err)
	}
	return nil
}

func (a *Account) String() string {
	return fmt.Sprintf("%s (%s): $%d.%02d", a.ID, a.Owner, a.balance/100, a.balance%100)
}

func main() {
	alice := NewAccount("ACC-1", "Alice")
	bob := NewAccount("ACC-2", "Bob")
	check := func(what string, err error) {
		if err != nil {
			fmt.Printf("%-20s FAILED: %v\n", what, err)
			return
		}
		fmt.Printf("%-20s ok\n", what)
	}
	check("alice deposits", alice.Deposit(10000))
	check("bob deposits", bob.Deposit(2550))
	check("negative deposit", bob.Deposit(-5))
	check("alice -> bob 3000", Transfer(alice, bob, 3000))
	check("bob -> alice 9999", Transfer(bob, alice, 9999))
	bob.frozen = true
	check("alice -> bob 100", Transfer(alice, bob, 100))
	err := Transfer(bob, alice, 1)
	fmt.Println(errors.Is(err, ErrFrozen), errors.Is(err, ErrInsufficientFunds))
	fmt.Println(alice)
	fmt.Println(bob)
	fmt.Printf("%v | %s\n", alice, bob)
	for i, h := range alice.history {
		fmt.Println(i, h)
	}
}
