package main

import (
	"errors"
	"fmt"
)

type Bitcoin int

func (b Bitcoin) String() string {
	return fmt.Sprintf("%d BTC", int(b))
}

type Wallet struct {
	balance Bitcoin
}

var ErrInsufficientFunds = errors.New("cannot withdraw, insufficient funds")

func (w *Wallet) Deposit(amount Bitcoin) {
	w.balance += amount
}

func (w *Wallet) Withdraw(amount Bitcoin) error {
	if amount > w.balance {
		return ErrInsufficientFunds
	}
	w.balance -= amount
	return nil
}

func (w *Wallet) Balance() Bitcoin {
	return w.balance
}

func assertBalance(name string, w Wallet, want Bitcoin) {
	got := w.Balance()
	if got != want {
		fmt.Printf("  FAIL %s: got %s want %s\n", name, got, want)
		return
	}
	fmt.Printf("  ok   %s: %s\n", name, got)
}

func assertError(name string, got, want error) {
	if got == nil {
		fmt.Printf("  FAIL %s: wanted an error but didn't get one\n", name)
		return
	}
	if got != want {
		fmt.Printf("  FAIL %s: got %q, want %q\n", name, got, want)
		return
	}
	fmt.Printf("  ok   %s: %v\n", name, got)
}

func assertNoError(name string, got error) {
	if got != nil {
		fmt.Printf("  FAIL %s: unexpected error %v\n", name, got)
		return
	}
	fmt.Printf("  ok   %s: no error\n", name)
}

func main() {
	fmt.Println("Wallet")
	wallet := Wallet{}
	wallet.Deposit(Bitcoin(10))
	assertBalance("deposit", wallet, Bitcoin(10))

	wallet = Wallet{balance: Bitcoin(20)}
	err := wallet.Withdraw(Bitcoin(10))
	assertNoError("withdraw", err)
	assertBalance("withdraw", wallet, Bitcoin(10))

	startingBalance := Bitcoin(20)
	wallet = Wallet{startingBalance}
	err = wallet.Withdraw(Bitcoin(100))
	assertError("insufficient funds", err, ErrInsufficientFunds)
	assertBalance("insufficient funds", wallet, startingBalance)

	history := []Bitcoin{}
	w := &Wallet{}
	for i, amt := range []Bitcoin{5, 7, -3, 100} {
		if i%2 == 0 {
			w.Deposit(amt)
		} else if err := w.Withdraw(amt); err != nil {
			fmt.Println("step", i, "failed:", err)
		}
		history = append(history, w.Balance())
	}
	fmt.Println("history:", history)
	fmt.Printf("final %v (%d)\n", w.Balance(), w.Balance())
}
