package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	requests atomic.Int64
	errors   atomic.Int64
	bytes    atomic.Uint64
	maxSeen  atomic.Int64
	active   atomic.Bool
}

func (s *Stats) observe(size int64, failed bool) {
	s.requests.Add(1)
	if failed {
		s.errors.Add(1)
	}
	s.bytes.Add(uint64(size))
	for {
		cur := s.maxSeen.Load()
		if size <= cur || s.maxSeen.CompareAndSwap(cur, size) {
			return
		}
	}
}

var legacyCounter int32
var legacyTotal uint64

func main() {
	var st Stats
	st.active.Store(true)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				size := int64((g*250 + i) % 997)
				st.observe(size, i%50 == 0)
				atomic.AddInt32(&legacyCounter, 1)
				atomic.AddUint64(&legacyTotal, uint64(i))
			}
		}(g)
	}
	wg.Wait()
	st.active.Store(false)
	fmt.Println("requests:", st.requests.Load())
	fmt.Println("errors:  ", st.errors.Load())
	fmt.Println("bytes:   ", st.bytes.Load())
	fmt.Println("max:     ", st.maxSeen.Load())
	fmt.Println("active:  ", st.active.Load())
	fmt.Println("legacy:  ", atomic.LoadInt32(&legacyCounter), atomic.LoadUint64(&legacyTotal))

	var flag int32
	fmt.Println("cas 0->1:", atomic.CompareAndSwapInt32(&flag, 0, 1))
	fmt.Println("cas 0->2:", atomic.CompareAndSwapInt32(&flag, 0, 2))
	old := atomic.SwapInt32(&flag, 9)
	fmt.Println("swap old:", old, "new:", atomic.LoadInt32(&flag))

	var v atomic.Value
	v.Store([]string{"a", "b"})
	cfg := v.Load().([]string)
	fmt.Println("value:", cfg, len(cfg))

	type snapshot struct {
		version int
		name    string
	}
	var p atomic.Pointer[snapshot]
	fmt.Println("nil pointer load:", p.Load() == nil)
	p.Store(&snapshot{1, "first"})
	prev := p.Swap(&snapshot{2, "second"})
	fmt.Printf("prev=%+v now=%+v\n", *prev, *p.Load())

	// ticket dispenser: every goroutine gets a unique number
	var next atomic.Uint32
	seen := make([]bool, 100)
	var mu sync.Mutex
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			t := next.Add(1) - 1
			mu.Lock()
			seen[t] = true
			mu.Unlock()
		}()
	}
	wg.Wait()
	all := true
	for _, s := range seen {
		all = all && s
	}
	fmt.Println("all tickets unique and used:", all, next.Load())
}
