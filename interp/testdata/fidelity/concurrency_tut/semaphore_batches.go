package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

// Semaphore limits how many goroutines run a section at once.
type Semaphore chan struct{}

func (s Semaphore) Acquire() { s <- struct{}{} }
func (s Semaphore) Release() { <-s }

type tracker struct {
	cur, peak atomic.Int32
}

func (t *tracker) enter() {
	n := t.cur.Add(1)
	for {
		p := t.peak.Load()
		if n <= p || t.peak.CompareAndSwap(p, n) {
			break
		}
	}
}

func (t *tracker) leave() { t.cur.Add(-1) }

func batches[T any](items []T, size int) [][]T {
	var out [][]T
	for size < len(items) {
		items, out = items[size:], append(out, items[0:size:size])
	}
	return append(out, items)
}

func main() {
	ids := make([]int, 23)
	for i := range ids {
		ids[i] = 100 + i
	}
	bs := batches(ids, 5)
	fmt.Println("batches:", len(bs))
	for i, b := range bs {
		fmt.Printf("  batch %d: %v (len %d cap %d)\n", i, b, len(b), cap(b))
	}

	sem := make(Semaphore, 2)
	var tr tracker
	var wg sync.WaitGroup
	var mu sync.Mutex
	sums := map[int]int{}
	for i, b := range bs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem.Acquire()
			defer sem.Release()
			tr.enter()
			defer tr.leave()
			s := 0
			for _, v := range b {
				s += v
			}
			mu.Lock()
			sums[i] = s
			mu.Unlock()
		}()
	}
	wg.Wait()
	keys := make([]int, 0, len(sums))
	for k := range sums {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	total := 0
	for _, k := range keys {
		fmt.Printf("batch %d sum %d\n", k, sums[k])
		total += sums[k]
	}
	fmt.Println("total:", total, "peak within limit:", tr.peak.Load() <= 2, "current:", tr.cur.Load())

	// appending to a batch must not clobber the next one thanks to the full slice expression
	first := bs[0]
	first = append(first, -1)
	fmt.Println(first, bs[1][0])
}
