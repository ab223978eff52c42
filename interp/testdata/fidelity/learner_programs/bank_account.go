package main

import (
	"errors"
	"fmt"
	"sync"
)

type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign = "-"
		m = -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

type Account struct {
	mu      sync.Mutex
	id      int
	owner   string
	balance Money
	history []Txn
}

type Txn struct {
	Kind   string
	Amount Money
}

var (
	ErrInsufficient = errors.New("insufficient funds")
	ErrNegative     = errors.New("negative amount")
)

func (a *Account) Deposit(m Money) error {
	if m < 0 {
		return ErrNegative
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += m
	a.history = append(a.history, Txn{"deposit", m})
	return nil
}

func (a *Account) Withdraw(m Money) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if m > a.balance {
		return fmt.Errorf("withdraw %v from #%d: %w", m, a.id, ErrInsufficient)
	}
	a.balance -= m
	a.history = append(a.history, Txn{"withdraw", m})
	return nil
}

func (a *Account) Balance() Money {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

func Transfer(from, to *Account, m Money) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer failed: %w", err)
		}
	}()
	if err = from.Withdraw(m); err != nil {
		return
	}
	return to.Deposit(m)
}

func main() {
	a := &Account{id: 1, owner: "ann"}
	b := &Account{id: 2, owner: "ben"}
	a.Deposit(10000)
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			if n%2 == 0 {
				a.Deposit(Money(n))
			} else {
				a.Withdraw(Money(n))
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("after goroutines:", a.Balance())
	fmt.Println(Transfer(a, b, 2550), a.Balance(), b.Balance())
	err := Transfer(b, a, 999999)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrInsufficient), errors.Unwrap(err) != nil)
	fmt.Println(b.Deposit(-5), Money(-1234), Money(5))
	fmt.Printf("%v %d %s\n", b.history, len(a.history), b.history[0].Amount)
	fmt.Printf("%+v\n", b.history)
}
