// sync.Once, sync.Map, atomic counters, RWMutex-protected cache and a
// semaphore built from a buffered channel, all with deterministic output.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Registry struct {
	mu    sync.RWMutex
	items map[string]int
}

func (r *Registry) Get(k string) (int, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	v, ok := r.items[k]
	return v, ok
}

func (r *Registry) Inc(k string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.items[k]++
}

func main() {
	var once sync.Once
	initCount := 0
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { initCount++ })
		}()
	}
	wg.Wait()
	fmt.Println("init ran", initCount)

	var hits atomic.Int64
	var total int64
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			hits.Add(1)
			atomic.AddInt64(&total, int64(n))
		}(i)
	}
	wg.Wait()
	fmt.Println(hits.Load(), atomic.LoadInt64(&total))

	var sm sync.Map
	for _, w := range []string{"go", "rust", "go", "zig", "go"} {
		v, loaded := sm.LoadOrStore(w, 1)
		if loaded {
			sm.Store(w, v.(int)+1)
		}
	}
	var keys []string
	sm.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprintf("%s=%d", k, v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)

	reg := &Registry{items: map[string]int{}}
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			reg.Inc([]string{"a", "b", "c"}[i%3])
		}(i)
	}
	wg.Wait()
	a, _ := reg.Get("a")
	_, missing := reg.Get("zz")
	fmt.Println(a, missing)

	sem := make(chan struct{}, 2)
	var active, peak atomic.Int32
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			n := active.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			active.Add(-1)
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println("peak <= 2:", peak.Load() <= 2, "active:", active.Load())

	getConfig := sync.OnceValue(func() map[string]string {
		fmt.Println("loading config")
		return map[string]string{"env": "test"}
	})
	fmt.Println(getConfig()["env"], getConfig()["env"])
}
