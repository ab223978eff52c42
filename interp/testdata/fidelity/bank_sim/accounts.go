package main

import (
	"errors"
	"fmt"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	ID      string
	Owner   string
	Balance int64 // cents
}

func (a *Account) Deposit(amount int64) error {
	if amount <= 0 {
		return fmt.Errorf("deposit %d: amount must be positive", amount)
	}
	a.Balance += amount
	return nil
}

func (a *Account) Withdraw(amount int64) error {
	if amount > a.Balance {
		return fmt.Errorf("withdraw %d from %s: %w", amount, a.ID, ErrInsufficient)
	}
	a.Balance -= amount
	return nil
}

func (a Account) String() string {
	return fmt.Sprintf("%s (%s): $%d.%02d", a.ID, a.Owner, a.Balance/100, a.Balance%100)
}

func main() {
	acc := &Account{ID: "ACC-1", Owner: "Alice"}
	fmt.Println(acc)

	if err := acc.Deposit(12550); err != nil {
		fmt.Println("error:", err)
	}
	if err := acc.Deposit(-5); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println(acc)

	err := acc.Withdraw(20000)
	if errors.Is(err, ErrInsufficient) {
		fmt.Println("declined:", err)
	}
	_ = acc.Withdraw(2550)
	fmt.Println(*acc)
	fmt.Printf("%v | %+v\n", acc.Balance, *acc)
}
