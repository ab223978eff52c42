package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Stats struct {
	mu     sync.Mutex
	counts map[string]int
}

func (s *Stats) Inc(k string) {
	s.mu.Lock()
	s.counts[k]++
	s.mu.Unlock()
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
	var wg sync.WaitGroup
	var primes atomic.Int64
	var maxSeen atomic.Int64
	st := &Stats{counts: map[string]int{}}
	for chunk := 0; chunk < 8; chunk++ {
		wg.Go(func() {
			for n := chunk * 1000; n < (chunk+1)*1000; n++ {
				if isPrime(n) {
					primes.Add(1)
					for {
						cur := maxSeen.Load()
						if int64(n) <= cur || maxSeen.CompareAndSwap(cur, int64(n)) {
							break
						}
					}
					st.Inc(fmt.Sprintf("last digit %d", n%10))
				}
			}
		})
	}
	wg.Wait()
	fmt.Println("primes below 8000:", primes.Load(), "largest:", maxSeen.Load())
	keys := make([]string, 0, len(st.counts))
	for k := range st.counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s: %d\n", k, st.counts[k])
	}

	var once sync.Once
	var initCount atomic.Int32
	cfg := func() { initCount.Add(1) }
	var wg2 sync.WaitGroup
	for range 10 {
		wg2.Go(func() { once.Do(cfg) })
	}
	wg2.Wait()
	fmt.Println("init ran:", initCount.Load())

	getConfig := sync.OnceValue(func() map[string]string {
		initCount.Add(1)
		return map[string]string{"env": "test"}
	})
	fmt.Println(getConfig()["env"], getConfig()["env"], initCount.Load())
	var flag atomic.Bool
	fmt.Println(flag.Swap(true), flag.Load())
}
