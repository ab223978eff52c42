package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Config struct {
	Version int
	Name    string
}

func main() {
	var cfg atomic.Pointer[Config]
	fmt.Println(cfg.Load() == nil)

	cfg.Store(&Config{1, "first"})
	old := cfg.Swap(&Config{2, "second"})
	fmt.Println(old.Name, cfg.Load().Version)

	var ops atomic.Uint64
	var flag atomic.Bool
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				ops.Add(1)
			}
			flag.CompareAndSwap(false, true)
		}()
	}
	wg.Wait()
	fmt.Println(ops.Load(), flag.Load())

	var v atomic.Value
	v.Store("hello")
	fmt.Println(v.Load().(string))

	var i32 atomic.Int32
	i32.Store(5)
	fmt.Println(i32.Add(-7), i32.CompareAndSwap(-2, 10), i32.Load())
}
