package main

import (
	"fmt"
	"math"
	"slices"
	"sync"
	"sync/atomic"
)

type Item struct {
	N     int
	Prime bool
	Sqrt  float64
}

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	const limit = 3
	sem := make(chan struct{}, limit)
	var active, peak atomic.Int32
	var wg sync.WaitGroup
	results := make([]Item, 30)
	for i := range results {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			cur := active.Add(1)
			for {
				p := peak.Load()
				if cur <= p || peak.CompareAndSwap(p, cur) {
					break
				}
			}
			n := i*7 + 3
			results[i] = Item{n, isPrime(n), math.Round(math.Sqrt(float64(n))*1000) / 1000}
			active.Add(-1)
		}()
	}
	wg.Wait()
	primes := slices.DeleteFunc(slices.Clone(results), func(it Item) bool { return !it.Prime })
	fmt.Println("peak within limit:", peak.Load() <= limit)
	for _, p := range primes {
		fmt.Printf("%d(%.3f) ", p.N, p.Sqrt)
	}
	fmt.Println()
	fmt.Println(len(primes), results[29])
	idx := slices.IndexFunc(results, func(it Item) bool { return it.Sqrt > 10 })
	fmt.Println(idx, results[idx].N)
	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("once") })
	}
}
