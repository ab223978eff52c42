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
	ID      int
	balance int64
	history []string
}

type Bank struct {
	accounts map[int]*Account
	failed   int
	fmu      sync.Mutex
}

func NewBank(balances ...int64) *Bank {
	b := &Bank{accounts: map[int]*Account{}}
	for i, bal := range balances {
		b.accounts[i+1] = &Account{ID: i + 1, balance: bal}
	}
	return b
}

func (b *Bank) Transfer(from, to int, amount int64) error {
	if from == to {
		return fmt.Errorf("transfer %d->%d: same account", from, to)
	}
	a, c := b.accounts[from], b.accounts[to]
	if a == nil || c == nil {
		return fmt.Errorf("transfer %d->%d: no such account", from, to)
	}
	first, second := a, c
	if first.ID > second.ID {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if a.balance < amount {
		b.fmu.Lock()
		b.failed++
		b.fmu.Unlock()
		return fmt.Errorf("transfer %d->%d of %d: %w", from, to, amount, ErrInsufficient)
	}
	a.balance -= amount
	c.balance += amount
	a.history = append(a.history, fmt.Sprintf("-%d", amount))
	c.history = append(c.history, fmt.Sprintf("+%d", amount))
	return nil
}

func (b *Bank) Total() int64 {
	var t int64
	for _, a := range b.accounts {
		a.mu.Lock()
		t += a.balance
		a.mu.Unlock()
	}
	return t
}

func main() {
	bank := NewBank(1000, 1000, 1000, 50)
	fmt.Println("total before:", bank.Total())
	var wg sync.WaitGroup
	for i := 0; i < 200; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			from := i%3 + 1
			to := (i+1)%3 + 1
			bank.Transfer(from, to, int64(i%7+1))
		}(i)
	}
	wg.Wait()
	fmt.Println("total after:", bank.Total(), "failed:", bank.failed)

	err := bank.Transfer(4, 1, 500)
	fmt.Println(err, errors.Is(err, ErrInsufficient))
	fmt.Println(bank.Transfer(2, 2, 1))
	fmt.Println(bank.Transfer(9, 1, 1))
	fmt.Println(bank.Transfer(4, 1, 50), bank.accounts[4].balance)

	ids := make([]int, 0)
	for id := range bank.accounts {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		a := bank.accounts[id]
		fmt.Printf("acct %d: %d ops\n", id, len(a.history))
	}
	var sum int64
	for _, id := range ids[:3] {
		sum += bank.accounts[id].balance
	}
	fmt.Println("first three hold:", sum)
}
