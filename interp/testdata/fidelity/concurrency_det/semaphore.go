package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

type Semaphore chan struct{}

func (s Semaphore) Acquire() { s <- struct{}{} }
func (s Semaphore) Release() { <-s }

type Download struct {
	URL  string
	Size int
}

func main() {
	downloads := []Download{
		{"https://a.example/1", 120}, {"https://a.example/2", 80},
		{"https://b.example/3", 300}, {"https://b.example/4", 45},
		{"https://c.example/5", 210}, {"https://c.example/6", 99},
		{"https://c.example/7", 150},
	}
	const limit = 2
	sem := make(Semaphore, limit)
	var inFlight, peak atomic.Int32
	var mu sync.Mutex
	var wg sync.WaitGroup
	done := map[string]int{}

	for _, d := range downloads {
		wg.Add(1)
		go func(d Download) {
			defer wg.Done()
			sem.Acquire()
			defer sem.Release()
			cur := inFlight.Add(1)
			for {
				p := peak.Load()
				if cur <= p || peak.CompareAndSwap(p, cur) {
					break
				}
			}
			time.Sleep(time.Millisecond)
			mu.Lock()
			done[d.URL] = d.Size * 2
			mu.Unlock()
			inFlight.Add(-1)
		}(d)
	}
	wg.Wait()

	urls := make([]string, 0, len(done))
	for u := range done {
		urls = append(urls, u)
	}
	sort.Strings(urls)
	total := 0
	for _, u := range urls {
		fmt.Printf("%-22s %5d\n", u, done[u])
		total += done[u]
	}
	fmt.Println("total bytes:", total)
	fmt.Println("peak within limit:", peak.Load() <= limit, "in flight now:", inFlight.Load())

	var counter atomic.Int64
	var wg2 sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for j := 0; j < 100; j++ {
				counter.Add(1)
			}
		}()
	}
	wg2.Wait()
	fmt.Println("counter:", counter.Load())

	var flag atomic.Bool
	fmt.Println(flag.Load(), flag.Swap(true), flag.Load())
	var v atomic.Value
	v.Store([]string{"cfg", "v1"})
	fmt.Println(v.Load().([]string)[1])
	var legacy int32
	atomic.AddInt32(&legacy, 5)
	fmt.Println(atomic.LoadInt32(&legacy), atomic.CompareAndSwapInt32(&legacy, 5, 6), legacy)
}
