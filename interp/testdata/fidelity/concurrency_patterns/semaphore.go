package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Semaphore chan struct{}

func (s Semaphore) Acquire() { s <- struct{}{} }
func (s Semaphore) Release() { <-s }

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for i := 2; i*i <= n; i++ {
		if n%i == 0 {
			return false
		}
	}
	return true
}

func main() {
	const limit = 3
	sem := make(Semaphore, limit)
	var wg sync.WaitGroup
	var active, peak int32
	var mu sync.Mutex
	counts := make([]int, 10)

	for chunk := 0; chunk < 10; chunk++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			sem.Acquire()
			defer sem.Release()
			now := atomic.AddInt32(&active, 1)
			mu.Lock()
			if now > peak {
				peak = now
			}
			mu.Unlock()
			n := 0
			for x := c * 1000; x < (c+1)*1000; x++ {
				if isPrime(x) {
					n++
				}
			}
			counts[c] = n
			atomic.AddInt32(&active, -1)
		}(chunk)
	}
	wg.Wait()
	total := 0
	for c, n := range counts {
		fmt.Printf("primes in [%5d,%5d): %d\n", c*1000, (c+1)*1000, n)
		total += n
	}
	fmt.Println("total primes below 10000:", total)
	fmt.Println("peak concurrency within limit:", peak <= limit, "peak >= 1:", peak >= 1)
	fmt.Println("semaphore drained:", len(sem) == 0, "cap:", cap(sem))
}
