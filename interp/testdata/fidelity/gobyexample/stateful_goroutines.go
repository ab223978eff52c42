package main

import (
	"fmt"
	"sync"
)

type readOp struct {
	key  int
	resp chan int
}

type writeOp struct {
	key  int
	val  int
	resp chan bool
}

func owner(reads <-chan readOp, writes <-chan writeOp, quit <-chan struct{}) {
	state := make(map[int]int)
	for {
		select {
		case read := <-reads:
			read.resp <- state[read.key]
		case write := <-writes:
			state[write.key] += write.val
			write.resp <- true
		case <-quit:
			return
		}
	}
}

func main() {
	reads := make(chan readOp)
	writes := make(chan writeOp)
	quit := make(chan struct{})
	go owner(reads, writes, quit)

	var wg sync.WaitGroup
	for w := 0; w < 5; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for k := 0; k < 4; k++ {
				write := writeOp{key: k, val: w + 1, resp: make(chan bool)}
				writes <- write
				<-write.resp
			}
		}(w)
	}
	wg.Wait()

	for k := 0; k < 4; k++ {
		read := readOp{key: k, resp: make(chan int)}
		reads <- read
		fmt.Printf("key %d = %d\n", k, <-read.resp)
	}
	close(quit)

	results := make(chan int)
	var once sync.Once
	var wg2 sync.WaitGroup
	initCount := 0
	for i := 0; i < 4; i++ {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			once.Do(func() { initCount++ })
			results <- i * 10
		}(i)
	}
	go func() {
		wg2.Wait()
		close(results)
	}()
	total := 0
	for r := range results {
		total += r
	}
	fmt.Println("total:", total, "init ran:", initCount)

	var rw sync.RWMutex
	cache := map[string]int{}
	var wg3 sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg3.Add(1)
		go func(i int) {
			defer wg3.Done()
			rw.Lock()
			cache[fmt.Sprint("k", i)] = i
			rw.Unlock()
		}(i)
	}
	wg3.Wait()
	rw.RLock()
	fmt.Println(len(cache), cache["k0"], cache["k1"], cache["k2"])
	rw.RUnlock()
}
