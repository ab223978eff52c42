package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var ops atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				ops.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("ops:", ops.Load())

	var n int32
	atomic.AddInt32(&n, 5)
	atomic.AddInt32(&n, -2)
	fmt.Println(atomic.LoadInt32(&n))
	swapped := atomic.CompareAndSwapInt32(&n, 3, 10)
	fmt.Println(swapped, n)

	var flag atomic.Bool
	fmt.Println(flag.Load())
	flag.Store(true)
	fmt.Println(flag.Load())

	var v atomic.Value
	v.Store("config-v1")
	fmt.Println(v.Load().(string))
}
