package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name    string
	Version int
}

type Stats struct {
	requests atomic.Int64
	errors   atomic.Int32
	up       atomic.Bool
	cfg      atomic.Pointer[Config]
}

func main() {
	var st Stats
	st.up.Store(true)
	st.cfg.Store(&Config{"v1", 1})

	var wg sync.WaitGroup
	for w := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 100 {
				st.requests.Add(1)
				if (w+i)%10 == 0 {
					st.errors.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("requests:", st.requests.Load(), "errors:", st.errors.Load(), "up:", st.up.Load())

	old := st.cfg.Swap(&Config{"v2", 2})
	fmt.Printf("old=%+v new=%+v\n", *old, *st.cfg.Load())
	swapped := st.cfg.CompareAndSwap(old, &Config{"v3", 3})
	fmt.Println("cas with stale:", swapped, st.cfg.Load().Name)

	var hits atomic.Uint64
	hits.Store(10)
	fmt.Println(hits.Add(5), hits.CompareAndSwap(15, 100), hits.Load())

	var m sync.Map
	words := []string{"go", "rust", "go", "zig", "go", "rust"}
	var wg2 sync.WaitGroup
	for _, w := range words {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			v, _ := m.LoadOrStore(w, new(atomic.Int32))
			v.(*atomic.Int32).Add(1)
		}()
	}
	wg2.Wait()
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(string))
		return true
	})
	sort.Strings(keys)
	for _, k := range keys {
		v, _ := m.Load(k)
		fmt.Println(k, v.(*atomic.Int32).Load())
	}
	m.Delete("zig")
	_, ok := m.Load("zig")
	fmt.Println("zig present:", ok)
	prev, loaded := m.Swap("go", "replaced")
	fmt.Println(loaded, prev != nil)
	val, _ := m.Load("go")
	fmt.Println(val)

	var v atomic.Value
	v.Store([]string{"a", "b"})
	fmt.Println(v.Load().([]string))
	var counter int64
	atomic.AddInt64(&counter, 42)
	fmt.Println(atomic.LoadInt64(&counter))
}
