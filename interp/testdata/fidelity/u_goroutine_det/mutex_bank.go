package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

var ErrInsufficient = errors.New("insufficient funds")

type Bank struct {
	mu       sync.Mutex
	accounts map[string]int
	ops      atomic.Int64
}

func (b *Bank) Deposit(name string, amt int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.accounts[name] += amt
	b.ops.Add(1)
}

func (b *Bank) Transfer(from, to string, amt int) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.ops.Add(1)
	if b.accounts[from] < amt {
		return fmt.Errorf("transfer %d from %s: %w", amt, from, ErrInsufficient)
	}
	b.accounts[from] -= amt
	b.accounts[to] += amt
	return nil
}

func (b *Bank) Snapshot() map[string]int {
	b.mu.Lock()
	defer b.mu.Unlock()
	out := make(map[string]int, len(b.accounts))
	for k, v := range b.accounts {
		out[k] = v
	}
	return out
}

type SafeCounter struct {
	sync.RWMutex
	m map[string]int
}

func (c *SafeCounter) Inc(k string) {
	c.Lock()
	c.m[k]++
	c.Unlock()
}

func (c *SafeCounter) Get(k string) int {
	c.RLock()
	defer c.RUnlock()
	return c.m[k]
}

func main() {
	b := &Bank{accounts: map[string]int{}}
	names := []string{"ann", "bob", "cy", "dee"}
	var wg sync.WaitGroup
	for _, n := range names {
		for i := 1; i <= 50; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				b.Deposit(n, i)
			}()
		}
	}
	wg.Wait()
	snap := b.Snapshot()
	keys := make([]string, 0, len(snap))
	for k := range snap {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, snap[k])
	}

	var failures atomic.Int32
	for i := range 40 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			from, to := names[i%4], names[(i+1)%4]
			if err := b.Transfer(from, to, 100); errors.Is(err, ErrInsufficient) {
				failures.Add(1)
			}
		}()
	}
	wg.Wait()
	total := 0
	for _, v := range b.Snapshot() {
		total += v
	}
	fmt.Println("total conserved:", total, "ops:", b.ops.Load())
	fmt.Println("failures in range:", failures.Load() >= 0 && failures.Load() <= 40)
	err := b.Transfer("ann", "bob", 1_000_000)
	fmt.Println(err)

	c := SafeCounter{m: map[string]int{}}
	for i := range 100 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc([]string{"x", "y", "z"}[i%3])
		}()
	}
	wg.Wait()
	fmt.Println(c.Get("x"), c.Get("y"), c.Get("z"))
	var hits uint64
	for range 64 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddUint64(&hits, 2)
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadUint64(&hits))
	var flag atomic.Bool
	fmt.Println(flag.CompareAndSwap(false, true), flag.CompareAndSwap(false, true), flag.Load())
}
