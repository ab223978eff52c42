package main

import (
	"fmt"
	"sync"
)

type Ledger struct {
	mu       sync.Mutex
	balances map[string]int
	ops      int
}

func (l *Ledger) Apply(acct string, delta int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.balances[acct] += delta
	l.ops++
}

func (l *Ledger) Snapshot() map[string]int {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := make(map[string]int, len(l.balances))
	for k, v := range l.balances {
		out[k] = v
	}
	return out
}

func main() {
	l := &Ledger{balances: map[string]int{}}
	accounts := []string{"ops", "payroll", "savings"}

	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(worker int) {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				acct := accounts[(worker+i)%len(accounts)]
				if i%2 == 0 {
					l.Apply(acct, 10)
				} else {
					l.Apply(acct, -3)
				}
			}
		}(w)
	}
	wg.Wait()

	snap := l.Snapshot()
	fmt.Println(snap)
	total := 0
	for _, v := range snap {
		total += v
	}
	fmt.Println("ops:", l.ops, "total:", total)
}
