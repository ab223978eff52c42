package main

import (
	"errors"
	"fmt"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	mu      sync.RWMutex
	id      string
	balance int64
	history []string
}

func (a *Account) Deposit(amt int64) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += amt
}

func (a *Account) Withdraw(amt int64) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.balance < amt {
		return fmt.Errorf("withdraw %d from %s: %w", amt, a.id, ErrInsufficient)
	}
	a.balance -= amt
	return nil
}

func (a *Account) Balance() int64 {
	a.mu.RLock()
	defer a.mu.RUnlock()
	return a.balance
}

type Bank struct {
	mu       sync.Mutex
	accounts map[string]*Account
}

func (b *Bank) Transfer(from, to string, amt int64) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("no account %q", from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("no account %q", to)
	}
	if err := src.Withdraw(amt); err != nil {
		return fmt.Errorf("transfer: %w", err)
	}
	dst.Deposit(amt)
	return nil
}

func main() {
	bank := &Bank{accounts: map[string]*Account{}}
	for _, id := range []string{"alice", "bob", "carol"} {
		bank.accounts[id] = &Account{id: id, balance: 1000}
	}

	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			acc := bank.accounts[[]string{"alice", "bob", "carol"}[i%3]]
			acc.Deposit(10)
			_ = acc.Withdraw(5)
		}(i)
	}
	wg.Wait()
	for _, id := range []string{"alice", "bob", "carol"} {
		fmt.Printf("%-6s %d\n", id, bank.accounts[id].Balance())
	}

	var failures int
	var fmu sync.Mutex
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := bank.Transfer("alice", "bob", 50); err != nil {
				fmu.Lock()
				failures++
				fmu.Unlock()
			}
		}()
	}
	wg.Wait()
	var sum int64
	for _, a := range bank.accounts {
		sum += a.Balance()
	}
	fmt.Println("failures:", failures, "total:", sum)
	fmt.Println("alice:", bank.accounts["alice"].Balance(), "bob:", bank.accounts["bob"].Balance())

	err := bank.Transfer("carol", "alice", 5000)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrInsufficient))
	fmt.Println(bank.Transfer("dave", "alice", 1))
}
