package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

func producer(id, n int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < n; i++ {
		out <- fmt.Sprintf("p%d-%d", id, i)
	}
}

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	fmt.Println(len(ch), cap(ch))
	close(ch)
	for v := range ch {
		fmt.Println("drained", v)
	}
	v, ok := <-ch
	fmt.Println(v, ok)

	out := make(chan string)
	var wg sync.WaitGroup
	for id := 1; id <= 3; id++ {
		wg.Add(1)
		go producer(id, 2, out, &wg)
	}
	go func() { wg.Wait(); close(out) }()
	var got []string
	for s := range out {
		got = append(got, s)
	}
	sort.Strings(got)
	fmt.Println(got)

	quit := make(chan struct{})
	data := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			data <- i * 10
		}
		close(quit)
	}()
	for done := false; !done; {
		select {
		case d := <-data:
			fmt.Println("data", d)
		case <-quit:
			fmt.Println("quit")
			done = true
		}
	}

	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	maxActive, active := 0, 0
	var wg2 sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			if active > maxActive {
				maxActive = active
			}
			mu.Unlock()
			time.Sleep(5 * time.Millisecond)
			mu.Lock()
			active--
			mu.Unlock()
			<-sem
		}()
	}
	wg2.Wait()
	fmt.Println("max active", maxActive)

	var nilch chan int
	select {
	case v := <-nilch:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel never ready")
	}
	timeout := time.After(time.Minute)
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	ticks := 0
loop:
	for {
		select {
		case <-tick.C:
			ticks++
			if ticks == 3 {
				break loop
			}
		case <-timeout:
			break loop
		}
	}
	fmt.Println("ticked", ticks)
	results := make([]int, 5)
	var wg3 sync.WaitGroup
	for i := range results {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			results[i] = i * i
		}()
	}
	wg3.Wait()
	fmt.Println(results)
	pipe := func(in <-chan int) <-chan int {
		o := make(chan int)
		go func() {
			defer close(o)
			for x := range in {
				o <- x + 1
			}
		}()
		return o
	}
	src := make(chan int)
	go func() {
		for i := 0; i < 4; i++ {
			src <- i
		}
		close(src)
	}()
	for x := range pipe(pipe(src)) {
		fmt.Print(x, " ")
	}
	fmt.Println()
}
