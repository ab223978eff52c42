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
	id      int
	owner   string
	balance int
}

type Bank struct {
	mu       sync.RWMutex
	accounts map[int]*Account
	log      []string
	logMu    sync.Mutex
}

func (b *Bank) Open(id int, owner string, initial int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.accounts[id] = &Account{id: id, owner: owner, balance: initial}
}

func (b *Bank) get(id int) (*Account, error) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	a, ok := b.accounts[id]
	if !ok {
		return nil, fmt.Errorf("account %d not found", id)
	}
	return a, nil
}

// Transfer locks both accounts in id order so concurrent transfers cannot deadlock.
func (b *Bank) Transfer(from, to, amount int) error {
	src, err := b.get(from)
	if err != nil {
		return err
	}
	dst, err := b.get(to)
	if err != nil {
		return err
	}
	first, second := src, dst
	if dst.id < src.id {
		first, second = dst, src
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if src.balance < amount {
		return fmt.Errorf("transfer %d from %s: %w", amount, src.owner, ErrInsufficient)
	}
	src.balance -= amount
	dst.balance += amount
	return nil
}

func (b *Bank) Total() int {
	b.mu.RLock()
	defer b.mu.RUnlock()
	t := 0
	for _, a := range b.accounts {
		a.mu.Lock()
		t += a.balance
		a.mu.Unlock()
	}
	return t
}

func main() {
	bank := &Bank{accounts: map[int]*Account{}}
	bank.Open(1, "ann", 1000)
	bank.Open(2, "bo", 1500)
	bank.Open(3, "cy", 1250)
	before := bank.Total()

	var wg sync.WaitGroup
	for i := 0; i < 300; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			from, to := i%3+1, (i+1)%3+1
			if err := bank.Transfer(from, to, 5); err != nil {
				bank.logMu.Lock()
				bank.log = append(bank.log, err.Error())
				bank.logMu.Unlock()
			}
			if i%2 == 0 {
				_ = bank.Transfer(to, from, 5)
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("total before:", before, "after:", bank.Total())
	fmt.Println("failed transfers:", len(bank.log))

	ids := []int{}
	for id := range bank.accounts {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	sum := 0
	for _, id := range ids {
		sum += bank.accounts[id].balance
	}
	fmt.Println("accounts:", len(ids), "sum matches:", sum == before)

	err := bank.Transfer(3, 1, 1_000_000)
	fmt.Println(err, errors.Is(err, ErrInsufficient))
	fmt.Println(bank.Transfer(1, 9, 1))
	if err := bank.Transfer(2, 1, 0); err == nil {
		fmt.Println("zero transfer ok")
	}
}
