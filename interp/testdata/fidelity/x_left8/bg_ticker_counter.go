package main

import (
	"fmt"
	"sync"
	"time"
)

type Counter struct {
	mu    sync.Mutex
	ticks int
}

func (c *Counter) Inc() {
	c.mu.Lock()
	c.ticks++
	c.mu.Unlock()
}

func (c *Counter) Get() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.ticks
}

func main() {
	c := &Counter{}
	stop := make(chan struct{})
	stopped := make(chan struct{})
	ticker := time.NewTicker(2 * time.Millisecond)
	go func() {
		defer close(stopped)
		for {
			select {
			case <-ticker.C:
				c.Inc()
			case <-stop:
				ticker.Stop()
				fmt.Println("ticker stopped")
				return
			}
		}
	}()

	time.Sleep(30 * time.Millisecond)
	fmt.Println("ticking:", c.Get() > 0)

	time.Sleep(10 * time.Millisecond)
	before := c.Get()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("still ticking:", c.Get() > before)

	close(stop)
	<-stopped
	final := c.Get()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("stopped for good:", c.Get() == final)
}
