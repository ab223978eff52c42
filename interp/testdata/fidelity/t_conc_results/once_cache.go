package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Cache[K comparable, V any] struct {
	mu    sync.RWMutex
	data  map[K]V
	loads atomic.Int64
	load  func(K) (V, error)
}

func NewCache[K comparable, V any](load func(K) (V, error)) *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V), load: load}
}

func (c *Cache[K, V]) Get(k K) (V, error) {
	c.mu.RLock()
	v, ok := c.data[k]
	c.mu.RUnlock()
	if ok {
		return v, nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[k]; ok {
		return v, nil
	}
	v, err := c.load(k)
	if err != nil {
		return v, err
	}
	c.loads.Add(1)
	c.data[k] = v
	return v, nil
}

type Config struct {
	Name    string
	Workers int
}

var (
	cfgOnce sync.Once
	cfg     *Config
	inits   int32
)

func config() *Config {
	cfgOnce.Do(func() {
		atomic.AddInt32(&inits, 1)
		cfg = &Config{"prod", 4}
	})
	return cfg
}

func main() {
	sq := NewCache(func(n int) (int, error) {
		if n < 0 {
			return 0, fmt.Errorf("negative key %d", n)
		}
		return n * n, nil
	})
	var wg sync.WaitGroup
	var sum atomic.Int64
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			v, _ := sq.Get(k % 5)
			sum.Add(int64(v))
			_ = config()
		}(i)
	}
	wg.Wait()
	fmt.Println("sum:", sum.Load(), "loads:", sq.loads.Load(), "inits:", atomic.LoadInt32(&inits))
	_, err := sq.Get(-3)
	fmt.Println("err:", err)
	keys := make([]int, 0)
	for k := range sq.data {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(keys, *config())

	names := NewCache(func(s string) ([]string, error) { return []string{s, s + s}, nil })
	v1, _ := names.Get("ab")
	v2, _ := names.Get("ab")
	fmt.Println(v1, len(v2), names.loads.Load())
	fmt.Printf("%T\n", names)

	var counter atomic.Uint32
	var ops sync.WaitGroup
	for range 50 {
		ops.Add(1)
		go func() { defer ops.Done(); counter.Add(2) }()
	}
	ops.Wait()
	fmt.Println(counter.Load(), counter.CompareAndSwap(100, 1), counter.Load())
}
