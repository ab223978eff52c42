package main

import (
	"fmt"
	"sync"
)

type Bank struct {
	mu       sync.Mutex
	balances map[string]int
}

func (b *Bank) Transfer(from, to string, amt int) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.balances[from] < amt {
		return fmt.Errorf("transfer %d from %s: insufficient funds", amt, from)
	}
	b.balances[from] -= amt
	b.balances[to] += amt
	return nil
}

func main() {
	b := &Bank{balances: map[string]int{"alice": 100, "bob": 20}}
	fmt.Println(b.Transfer("alice", "bob", 30))
	fmt.Println(b.Transfer("bob", "alice", 100))
	fmt.Println(b.balances["alice"], b.balances["bob"])
}
