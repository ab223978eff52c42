package main

import (
	"fmt"
	"strings"
	"sync"
)

// Bucket is a token-bucket limiter driven by an explicit logical clock (ticks),
// so its decisions do not depend on wall time.
type Bucket struct {
	mu       sync.Mutex
	capacity int
	tokens   int
	perTick  int
	lastTick int
}

func NewBucket(capacity, perTick int) *Bucket {
	return &Bucket{capacity: capacity, tokens: capacity, perTick: perTick}
}

func (b *Bucket) refill(now int) {
	if now <= b.lastTick {
		return
	}
	b.tokens += (now - b.lastTick) * b.perTick
	if b.tokens > b.capacity {
		b.tokens = b.capacity
	}
	b.lastTick = now
}

func (b *Bucket) Allow(now, cost int) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.refill(now)
	if b.tokens >= cost {
		b.tokens -= cost
		return true
	}
	return false
}

func (b *Bucket) Tokens() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.tokens
}

type Limiter struct {
	mu      sync.Mutex
	buckets map[string]*Bucket
}

func (l *Limiter) For(client string) *Bucket {
	l.mu.Lock()
	defer l.mu.Unlock()
	b, ok := l.buckets[client]
	if !ok {
		b = NewBucket(5, 1)
		l.buckets[client] = b
	}
	return b
}

func main() {
	b := NewBucket(4, 2)
	schedule := []struct{ tick, cost int }{
		{0, 1}, {0, 1}, {0, 1}, {0, 1}, {0, 1}, {1, 3}, {1, 1}, {2, 2}, {5, 4}, {5, 1}, {6, 5},
	}
	var line strings.Builder
	for _, s := range schedule {
		ok := b.Allow(s.tick, s.cost)
		mark := "x"
		if ok {
			mark = "+"
		}
		line.WriteString(mark)
		fmt.Printf("t=%d cost=%d allowed=%-5v left=%d\n", s.tick, s.cost, ok, b.Tokens())
	}
	fmt.Println("pattern:", line.String())

	// Many goroutines compete for one bucket at the same tick: exactly capacity succeed.
	shared := NewBucket(10, 0)
	var wg sync.WaitGroup
	var mu sync.Mutex
	granted := 0
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if shared.Allow(0, 1) {
				mu.Lock()
				granted++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("granted of 50 concurrent requests:", granted)

	lim := &Limiter{buckets: map[string]*Bucket{}}
	clients := []string{"alice", "bob", "alice", "alice", "carol", "alice", "alice", "alice", "bob"}
	denied := map[string]int{}
	for tick, c := range clients {
		if !lim.For(c).Allow(tick/4, 1) {
			denied[c]++
		}
	}
	for _, c := range []string{"alice", "bob", "carol"} {
		fmt.Printf("%s: denied %d, tokens now %d\n", c, denied[c], lim.For(c).Tokens())
	}
}
