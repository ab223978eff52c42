package main

import (
	"fmt"
	"sort"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(k string) {
	c.mu.Lock()
	c.m[k]++
	c.mu.Unlock()
}

func main() {
	var wg sync.WaitGroup
	results := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(results)

	ch := make(chan string, 3)
	for _, w := range []string{"a", "b", "c"} {
		go func() { ch <- w + w }()
	}
	got := []string{<-ch, <-ch, <-ch}
	sort.Strings(got)
	fmt.Println(got)

	c := SafeCounter{m: map[string]int{}}
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			c.Inc([]string{"even", "odd"}[n%2])
		}(i)
	}
	wg.Wait()
	fmt.Println(c.m["even"], c.m["odd"])

	done := make(chan struct{})
	data := make(chan int)
	go func() {
		defer close(done)
		sum := 0
		for v := range data {
			sum += v
		}
		fmt.Println("sum", sum)
	}()
	for i := 1; i <= 10; i++ {
		data <- i
	}
	close(data)
	<-done

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}

	v, ok := <-data
	fmt.Println(v, ok)
	select {
	case x, ok := <-data:
		fmt.Println("closed read", x, ok)
	default:
		fmt.Println("default")
	}
	var nilCh chan int
	select {
	case nilCh <- 1:
		fmt.Println("sent")
	default:
		fmt.Println("nil channel blocks")
	}
	buf := make(chan int, 2)
	buf <- 1
	fmt.Println(len(buf), cap(buf))
}
