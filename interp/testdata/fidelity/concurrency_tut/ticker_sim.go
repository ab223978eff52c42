package main

import (
	"fmt"
	"sync"
)

// A simulated clock: goroutines wait for ticks delivered over channels,
// so the output is deterministic without real timers.
type Clock struct {
	mu      sync.Mutex
	now     int
	waiters map[int][]chan int
}

func NewClock() *Clock { return &Clock{waiters: map[int][]chan int{}} }

func (c *Clock) After(d int) <-chan int {
	c.mu.Lock()
	defer c.mu.Unlock()
	ch := make(chan int, 1)
	at := c.now + d
	c.waiters[at] = append(c.waiters[at], ch)
	return ch
}

func (c *Clock) Advance() int {
	c.mu.Lock()
	c.now++
	due := c.waiters[c.now]
	delete(c.waiters, c.now)
	now := c.now
	c.mu.Unlock()
	for _, ch := range due {
		ch <- now
	}
	return len(due)
}

type event struct {
	at   int
	name string
}

func main() {
	clk := NewClock()
	events := make(chan event, 16)
	var wg sync.WaitGroup
	start := make(chan struct{})
	tasks := []struct {
		name   string
		period int
		times  int
	}{{"heartbeat", 2, 4}, {"report", 3, 2}, {"cleanup", 5, 1}}
	ready := make(chan struct{}, len(tasks))
	for _, t := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			for i := 0; i < t.times; i++ {
				ch := clk.After(t.period)
				ready <- struct{}{}
				at := <-ch
				events <- event{at, fmt.Sprintf("%s#%d", t.name, i+1)}
			}
		}()
	}
	close(start)
	pending := 0
	for _, t := range tasks {
		pending += t.times
	}
	for i := 0; i < len(tasks); i++ {
		<-ready
	}
	var got []event
	for tick := 1; len(got) < pending && tick <= 20; tick++ {
		fired := clk.Advance()
		batch := make([]event, 0, fired)
		for j := 0; j < fired; j++ {
			batch = append(batch, <-events)
		}
		// re-arms happen after delivery; wait for them so the next Advance sees them
		for j := 0; j < fired; j++ {
			if n := len(batch); n > 0 {
				_ = n
			}
		}
		for _, e := range batch {
			if remaining(e.name, tasks) {
				<-ready
			}
		}
		sortEvents(batch)
		got = append(got, batch...)
		if fired > 0 {
			fmt.Printf("t=%2d fired %d: %v\n", tick, fired, batch)
		}
	}
	wg.Wait()
	fmt.Println("total events:", len(got))
}

func remaining(name string, tasks []struct {
	name   string
	period int
	times  int
}) bool {
	var base string
	var n int
	fmt.Sscanf(replaceHash(name), "%s %d", &base, &n)
	for _, t := range tasks {
		if t.name == base {
			return n < t.times
		}
	}
	return false
}

func replaceHash(s string) string {
	out := []rune(s)
	for i, r := range out {
		if r == '#' {
			out[i] = ' '
		}
	}
	return string(out)
}

func sortEvents(es []event) {
	for i := 1; i < len(es); i++ {
		for j := i; j > 0 && es[j].name < es[j-1].name; j-- {
			es[j], es[j-1] = es[j-1], es[j]
		}
	}
}
