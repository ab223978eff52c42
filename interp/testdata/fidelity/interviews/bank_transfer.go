package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Account struct {
	ID      int
	mu      sync.Mutex
	balance int64
}

type InsufficientFundsError struct {
	AccountID int
	Balance   int64
	Requested int64
}

func (e *InsufficientFundsError) Error() string {
	return fmt.Sprintf("account %d: insufficient funds: balance %d, requested %d", e.AccountID, e.Balance, e.Requested)
}

var ErrSameAccount = errors.New("cannot transfer to the same account")

// Transfer locks accounts in ID order so concurrent opposite transfers cannot deadlock.
func Transfer(from, to *Account, amount int64) error {
	if from.ID == to.ID {
		return ErrSameAccount
	}
	first, second := from, to
	if second.ID < first.ID {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if from.balance < amount {
		return &InsufficientFundsError{from.ID, from.balance, amount}
	}
	from.balance -= amount
	to.balance += amount
	return nil
}

type Bank struct {
	accounts map[int]*Account
}

func (b *Bank) Total() int64 {
	var t int64
	ids := make([]int, 0, len(b.accounts))
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		t += b.accounts[id].balance
	}
	return t
}

func main() {
	bank := &Bank{accounts: map[int]*Account{}}
	for i := 1; i <= 4; i++ {
		bank.accounts[i] = &Account{ID: i, balance: 1000}
	}
	fmt.Println("total before:", bank.Total())

	var wg sync.WaitGroup
	var mu sync.Mutex
	failures := 0
	for i := 0; i < 200; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			from := bank.accounts[i%4+1]
			to := bank.accounts[(i+1)%4+1]
			if err := Transfer(from, to, 10); err != nil {
				mu.Lock()
				failures++
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("total after:", bank.Total(), "failures:", failures)
	for id := 1; id <= 4; id++ {
		fmt.Printf("account %d: %d\n", id, bank.accounts[id].balance)
	}

	err := Transfer(bank.accounts[1], bank.accounts[2], 5000)
	var ife *InsufficientFundsError
	if errors.As(err, &ife) {
		fmt.Println("refused:", ife.Requested-ife.Balance, "short")
	}
	fmt.Println(err)
	err = Transfer(bank.accounts[3], bank.accounts[3], 1)
	fmt.Println(err, errors.Is(err, ErrSameAccount))
	wrapped := fmt.Errorf("batch 7: %w", Transfer(bank.accounts[4], bank.accounts[1], 99999))
	fmt.Println(wrapped)
	fmt.Println("is insufficient:", errors.As(wrapped, &ife), ife.AccountID)
}
