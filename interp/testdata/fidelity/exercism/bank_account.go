package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	balance int64
	open    bool
	history []string
}

var ErrClosed = errors.New("account closed")

type InsufficientFunds struct {
	Balance, Wanted int64
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("insufficient funds: balance %d, wanted %d", e.Balance, e.Wanted)
}

func Open(amount int64) *Account {
	if amount < 0 {
		return nil
	}
	return &Account{balance: amount, open: true}
}

func (a *Account) Balance() (int64, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance, a.open
}

func (a *Account) Deposit(amount int64) (int64, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if !a.open {
		return 0, ErrClosed
	}
	if a.balance+amount < 0 {
		return a.balance, &InsufficientFunds{a.balance, -amount}
	}
	a.balance += amount
	return a.balance, nil
}

func (a *Account) Close() (payout int64, ok bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if !a.open {
		return 0, false
	}
	a.open = false
	payout, a.balance = a.balance, 0
	return payout, true
}

func main() {
	a := Open(100)
	fmt.Println(a.Balance())
	fmt.Println(a.Deposit(50))
	fmt.Println(a.Deposit(-120))
	_, err := a.Deposit(-1000)
	var inf *InsufficientFunds
	fmt.Println(err, errors.As(err, &inf), inf.Wanted)

	b := Open(0)
	var wg sync.WaitGroup
	results := make([]int64, 0, 100)
	var rmu sync.Mutex
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			bal, err := b.Deposit(int64(n))
			if err != nil {
				return
			}
			rmu.Lock()
			results = append(results, bal)
			rmu.Unlock()
		}(i)
	}
	wg.Wait()
	bal, _ := b.Balance()
	sort.Slice(results, func(i, j int) bool { return results[i] < results[j] })
	fmt.Println("after 100 deposits:", bal, len(results), results[len(results)-1])
	for i := 0; i < 10; i++ {
		wg.Add(2)
		go func() { defer wg.Done(); b.Deposit(10) }()
		go func() { defer wg.Done(); b.Deposit(-10) }()
	}
	wg.Wait()
	fmt.Println(b.Balance())
	fmt.Println(b.Close())
	fmt.Println(b.Close())
	_, err = b.Deposit(5)
	fmt.Println(err, errors.Is(err, ErrClosed), err == ErrClosed)
	fmt.Println(Open(-5) == nil)
}
