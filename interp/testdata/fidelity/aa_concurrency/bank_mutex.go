package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	mu      sync.Mutex
	ID      string
	balance int
	history []string
}

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
}

func (a *Account) Withdraw(n int) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.balance < n {
		return fmt.Errorf("%s withdraw %d: %w", a.ID, n, ErrInsufficient)
	}
	a.balance -= n
	return nil
}

func (a *Account) Balance() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

type Bank struct {
	mu       sync.RWMutex
	accounts map[string]*Account
	failed   int
}

func Transfer(from, to *Account, n int) error {
	first, second := from, to
	if first.ID > second.ID {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if from.balance < n {
		return ErrInsufficient
	}
	from.balance -= n
	to.balance += n
	return nil
}

func main() {
	b := &Bank{accounts: map[string]*Account{}}
	for _, id := range []string{"alice", "bob", "carol"} {
		b.accounts[id] = &Account{ID: id, balance: 1000}
	}
	var wg sync.WaitGroup
	var failMu sync.Mutex
	ids := []string{"alice", "bob", "carol"}
	for i := 0; i < 300; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			from := b.accounts[ids[i%3]]
			to := b.accounts[ids[(i+1)%3]]
			if err := Transfer(from, to, 7); err != nil {
				failMu.Lock()
				b.failed++
				failMu.Unlock()
			}
		}()
	}
	wg.Wait()
	total := 0
	keys := make([]string, 0)
	for k := range b.accounts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		bal := b.accounts[k].Balance()
		total += bal
		fmt.Printf("%-6s %5d\n", k, bal)
	}
	fmt.Println("total:", total, "failed:", b.failed)

	acc := &Account{ID: "dave"}
	var wg2 sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg2.Add(1)
		go func(n int) {
			defer wg2.Done()
			acc.Deposit(n)
		}(i)
	}
	wg2.Wait()
	err := acc.Withdraw(6000)
	fmt.Println(acc.Balance(), err, errors.Is(err, ErrInsufficient))
}
