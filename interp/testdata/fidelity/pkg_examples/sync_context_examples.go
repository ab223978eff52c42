package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

type Counter struct {
	mu sync.Mutex
	v  map[string]int
}

func (c *Counter) Inc(key string) {
	c.mu.Lock()
	c.v[key]++
	c.mu.Unlock()
}

func (c *Counter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.v[key]
}

func main() {
	c := Counter{v: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc("somekey")
		}()
	}
	wg.Wait()
	fmt.Println(c.Value("somekey"))

	var once sync.Once
	onceBody := func() { fmt.Println("Only once") }
	done := make(chan bool)
	for i := 0; i < 10; i++ {
		go func() {
			once.Do(onceBody)
			done <- true
		}()
	}
	for i := 0; i < 10; i++ {
		<-done
	}

	var ops atomic.Uint64
	var wg2 sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg2.Go(func() {
			for c := 0; c < 1000; c++ {
				ops.Add(1)
			}
		})
	}
	wg2.Wait()
	fmt.Println("ops:", ops.Load())

	gen := func(ctx context.Context) <-chan int {
		dst := make(chan int)
		n := 1
		go func() {
			for {
				select {
				case <-ctx.Done():
					return
				case dst <- n:
					n++
				}
			}
		}()
		return dst
	}
	ctx, cancel := context.WithCancel(context.Background())
	for n := range gen(ctx) {
		fmt.Println(n)
		if n == 5 {
			break
		}
	}
	cancel()

	ctx2, cancel2 := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel2()
	select {
	case <-time.After(time.Second):
		fmt.Println("overslept")
	case <-ctx2.Done():
		fmt.Println(ctx2.Err(), errors.Is(ctx2.Err(), context.DeadlineExceeded))
	}

	type favContextKey string
	f := func(ctx context.Context, k favContextKey) {
		if v := ctx.Value(k); v != nil {
			fmt.Println("found value:", v)
			return
		}
		fmt.Println("key not found:", k)
	}
	k := favContextKey("language")
	ctx3 := context.WithValue(context.Background(), k, "Go")
	f(ctx3, k)
	f(ctx3, favContextKey("color"))

	ctx4, cancel4 := context.WithCancelCause(context.Background())
	cancel4(errors.New("shutdown requested"))
	fmt.Println(ctx4.Err(), context.Cause(ctx4))

	results := make(chan string, 3)
	var mu sync.RWMutex
	shared := map[int]string{1: "one", 2: "two", 3: "three"}
	var wg3 sync.WaitGroup
	for id := 1; id <= 3; id++ {
		wg3.Add(1)
		go func(id int) {
			defer wg3.Done()
			mu.RLock()
			defer mu.RUnlock()
			results <- fmt.Sprintf("reader %d saw %s", id, shared[id])
		}(id)
	}
	wg3.Wait()
	close(results)
	var lines []string
	for r := range results {
		lines = append(lines, r)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
	v := sync.OnceValue(func() int { fmt.Println("computing"); return 42 })
	fmt.Println(v(), v())
	var m sync.Map
	m.Store("a", 1)
	m.Store("b", 2)
	val, ok := m.Load("a")
	_, loaded := m.LoadOrStore("c", 3)
	fmt.Println(val, ok, loaded)
	var keys []string
	m.Range(func(k, v any) bool { keys = append(keys, k.(string)); return true })
	sort.Strings(keys)
	fmt.Println(keys)
}
