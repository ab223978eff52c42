// bank in the style of gopl.io/ch9/bank1, with a withdraw exercise, plus a
// pipeline from ch8 (counter -> squarer -> printer).
package main

import (
	"fmt"
	"sync"
)

type withdrawal struct {
	amount int
	ok     chan bool
}

type Bank struct {
	deposits    chan int
	balances    chan int
	withdrawals chan withdrawal
	done        chan struct{}
}

func NewBank() *Bank {
	b := &Bank{
		deposits:    make(chan int),
		balances:    make(chan int),
		withdrawals: make(chan withdrawal),
		done:        make(chan struct{}),
	}
	go b.teller()
	return b
}

func (b *Bank) Deposit(amount int) { b.deposits <- amount }
func (b *Bank) Balance() int       { return <-b.balances }
func (b *Bank) Withdraw(amount int) bool {
	ch := make(chan bool)
	b.withdrawals <- withdrawal{amount, ch}
	return <-ch
}
func (b *Bank) Close() { close(b.done) }

func (b *Bank) teller() {
	var balance int // balance is confined to teller goroutine
	for {
		select {
		case amount := <-b.deposits:
			balance += amount
		case w := <-b.withdrawals:
			if w.amount > balance {
				w.ok <- false
				continue
			}
			balance -= w.amount
			w.ok <- true
		case b.balances <- balance:
		case <-b.done:
			return
		}
	}
}

func pipeline(n int) []int {
	naturals := make(chan int)
	squares := make(chan int)
	go func() {
		for x := 0; x < n; x++ {
			naturals <- x
		}
		close(naturals)
	}()
	go func() {
		for x := range naturals {
			squares <- x * x
		}
		close(squares)
	}()
	var out []int
	for x := range squares {
		out = append(out, x)
	}
	return out
}

func main() {
	b := NewBank()
	var wg sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(amt int) {
			defer wg.Done()
			b.Deposit(amt)
		}(i)
	}
	wg.Wait()
	fmt.Println("balance:", b.Balance())

	var mu sync.Mutex
	okCount, failCount := 0, 0
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ok := b.Withdraw(300)
			mu.Lock()
			if ok {
				okCount++
			} else {
				failCount++
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("ok:", okCount, "failed:", failCount, "balance:", b.Balance())
	fmt.Println(b.Withdraw(50), b.Withdraw(1), b.Balance())
	b.Close()

	fmt.Println(pipeline(10))
	sem := make(chan struct{}, 3)
	results := make([]int, 8)
	for i := range results {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			results[i] = i * i * i
		}()
	}
	wg.Wait()
	fmt.Println(results, len(sem))
}
