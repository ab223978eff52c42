package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

type Metrics struct {
	requests atomic.Int64
	errors   atomic.Int32
	bytes    atomic.Uint64
	last     atomic.Value
	slowest  atomic.Pointer[Sample]
}

type Sample struct {
	Path    string
	Latency time.Duration
}

func (m *Metrics) Record(s Sample, n uint64, failed bool) {
	m.requests.Add(1)
	m.bytes.Add(n)
	if failed {
		m.errors.Add(1)
	}
	for {
		cur := m.slowest.Load()
		if cur != nil && cur.Latency >= s.Latency {
			break
		}
		if m.slowest.CompareAndSwap(cur, &s) {
			break
		}
	}
}

func main() {
	var m Metrics
	samples := []Sample{
		{"/", 3 * time.Millisecond},
		{"/api", 120 * time.Millisecond},
		{"/img", 40 * time.Millisecond},
		{"/api", 95 * time.Millisecond},
		{"/", 1 * time.Millisecond},
	}
	var wg sync.WaitGroup
	for round := 0; round < 4; round++ {
		for i, s := range samples {
			wg.Add(1)
			go func() {
				defer wg.Done()
				m.Record(s, uint64(100*(i+1)), s.Path == "/img")
			}()
		}
	}
	wg.Wait()
	m.last.Store(samples[len(samples)-1])
	fmt.Println(m.requests.Load(), m.errors.Load(), m.bytes.Load())
	fmt.Printf("%+v\n", *m.slowest.Load())
	last := m.last.Load().(Sample)
	fmt.Printf("%v %T\n", last, m.last.Load())
	var flag atomic.Bool
	fmt.Println(flag.Load(), flag.CompareAndSwap(false, true), flag.Load(), flag.Swap(false))
	counts := map[string]*atomic.Int64{}
	for _, s := range samples {
		if counts[s.Path] == nil {
			counts[s.Path] = new(atomic.Int64)
		}
	}
	var wg2 sync.WaitGroup
	for i := 0; i < 30; i++ {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			counts[samples[i%len(samples)].Path].Add(int64(i))
		}(i)
	}
	wg2.Wait()
	paths := make([]string, 0, len(counts))
	for p := range counts {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		fmt.Printf("%-5s %d\n", p, counts[p].Load())
	}
}
