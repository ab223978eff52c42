package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")

type Bank struct {
	mu       sync.RWMutex
	accounts map[string]int
	log      []string
}

func NewBank() *Bank { return &Bank{accounts: make(map[string]int)} }

func (b *Bank) Deposit(name string, amt int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.accounts[name] += amt
}

func (b *Bank) Transfer(from, to string, amt int) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.accounts[from] < amt {
		b.log = append(b.log, fmt.Sprintf("failed %s->%s %d", from, to, amt))
		return fmt.Errorf("transfer %s->%s of %d: %w", from, to, amt, ErrInsufficient)
	}
	b.accounts[from] -= amt
	b.accounts[to] += amt
	return nil
}

func (b *Bank) Balance(name string) int {
	b.mu.RLock()
	defer b.mu.RUnlock()
	return b.accounts[name]
}

func (b *Bank) Total() int {
	b.mu.RLock()
	defer b.mu.RUnlock()
	t := 0
	for _, v := range b.accounts {
		t += v
	}
	return t
}

func main() {
	bank := NewBank()
	names := []string{"alice", "bob", "carol", "dave"}
	for _, n := range names {
		bank.Deposit(n, 1000)
	}
	var wg sync.WaitGroup
	for i := 0; i < 400; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			from := names[i%4]
			to := names[(i+1)%4]
			bank.Transfer(from, to, 10)
		}(i)
	}
	wg.Wait()
	for _, n := range names {
		fmt.Printf("%-6s %5d\n", n, bank.Balance(n))
	}
	fmt.Println("total conserved:", bank.Total() == 4000, bank.Total())

	err := bank.Transfer("alice", "bob", 5000)
	fmt.Println("big transfer:", err)
	fmt.Println("is insufficient:", errors.Is(err, ErrInsufficient))

	var counter struct {
		sync.Mutex
		n map[string]int
	}
	counter.n = map[string]int{}
	words := []string{"go", "is", "fun", "go", "go", "is"}
	var wg2 sync.WaitGroup
	for _, w := range words {
		wg2.Add(1)
		go func(w string) {
			defer wg2.Done()
			counter.Lock()
			counter.n[w]++
			counter.Unlock()
		}(w)
	}
	wg2.Wait()
	keys := make([]string, 0)
	for k := range counter.n {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, counter.n[k])
	}
	fmt.Println("log:", bank.log)
}
