package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Container struct {
	mu       sync.Mutex
	counters map[string]int
}

func (c *Container) inc(name string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.counters[name]++
}

func main() {
	var ops atomic.Uint64
	var wg sync.WaitGroup

	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			for c := 0; c < 1000; c++ {
				ops.Add(1)
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("ops:", ops.Load())

	c := Container{
		counters: map[string]int{"a": 0, "b": 0},
	}
	doIncrement := func(name string, n int) {
		for i := 0; i < n; i++ {
			c.inc(name)
		}
		wg.Done()
	}
	wg.Add(3)
	go doIncrement("a", 10000)
	go doIncrement("a", 10000)
	go doIncrement("b", 10000)
	wg.Wait()
	fmt.Println(c.counters)

	var old int32 = 5
	swapped := atomic.CompareAndSwapInt32(&old, 5, 9)
	fmt.Println(swapped, old, atomic.AddInt32(&old, -4), atomic.LoadInt32(&old))
	var flag atomic.Bool
	flag.Store(true)
	fmt.Println(flag.Load(), flag.Swap(false), flag.Load())
	var ptr atomic.Pointer[string]
	s := "hello"
	ptr.Store(&s)
	fmt.Println(*ptr.Load())
	var v atomic.Value
	v.Store([]int{1, 2, 3})
	fmt.Println(v.Load().([]int)[1])
}
