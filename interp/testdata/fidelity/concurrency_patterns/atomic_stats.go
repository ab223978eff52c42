package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Metrics struct {
	requests atomic.Int64
	errors   atomic.Int64
	bytes    atomic.Uint64
	maxSize  atomic.Int64
	enabled  atomic.Bool
}

func (m *Metrics) Record(size int64, failed bool) {
	if !m.enabled.Load() {
		return
	}
	m.requests.Add(1)
	if failed {
		m.errors.Add(1)
	}
	m.bytes.Add(uint64(size))
	for {
		cur := m.maxSize.Load()
		if size <= cur || m.maxSize.CompareAndSwap(cur, size) {
			break
		}
	}
}

func main() {
	var m Metrics
	m.Record(100, false)
	fmt.Println("disabled requests:", m.requests.Load())
	m.enabled.Store(true)

	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				size := int64((g*250 + i) % 1000)
				m.Record(size, i%10 == 0)
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("requests:", m.requests.Load())
	fmt.Println("errors:", m.errors.Load())
	fmt.Println("bytes:", m.bytes.Load())
	fmt.Println("max size:", m.maxSize.Load())
	fmt.Printf("error rate: %.1f%%\n", 100*float64(m.errors.Load())/float64(m.requests.Load()))

	var ops uint64
	var wg2 sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg2.Add(1)
		go func() {
			for c := 0; c < 1000; c++ {
				atomic.AddUint64(&ops, 1)
			}
			wg2.Done()
		}()
	}
	wg2.Wait()
	fmt.Println("ops:", atomic.LoadUint64(&ops))

	var v atomic.Value
	v.Store([]string{"a", "b"})
	cfg := v.Load().([]string)
	fmt.Println("config:", cfg, len(cfg))
	old := m.requests.Swap(0)
	fmt.Println("swapped out:", old, "now:", m.requests.Load())
	var flag int32
	fmt.Println("cas 0->1:", atomic.CompareAndSwapInt32(&flag, 0, 1), "cas 0->1 again:", atomic.CompareAndSwapInt32(&flag, 0, 1))
}
