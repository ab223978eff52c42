package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

// TokenBucket is driven by an explicit clock so results are deterministic.
type TokenBucket struct {
	mu       sync.Mutex
	capacity int
	tokens   int
	refill   int
	lastTick int
}

var ErrLimited = errors.New("rate limited")

func NewTokenBucket(capacity, refillPerTick int) *TokenBucket {
	return &TokenBucket{capacity: capacity, tokens: capacity, refill: refillPerTick}
}

func (b *TokenBucket) Allow(tick int) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if tick > b.lastTick {
		b.tokens = min(b.capacity, b.tokens+(tick-b.lastTick)*b.refill)
		b.lastTick = tick
	}
	if b.tokens == 0 {
		return ErrLimited
	}
	b.tokens--
	return nil
}

type Limiter struct {
	mu      sync.Mutex
	buckets map[string]*TokenBucket
}

func (l *Limiter) bucket(client string) *TokenBucket {
	l.mu.Lock()
	defer l.mu.Unlock()
	b, ok := l.buckets[client]
	if !ok {
		b = NewTokenBucket(3, 1)
		l.buckets[client] = b
	}
	return b
}

type Request struct {
	Client string
	Tick   int
}

func main() {
	lim := &Limiter{buckets: map[string]*TokenBucket{}}
	reqs := []Request{
		{"a", 0}, {"a", 0}, {"a", 0}, {"a", 0}, {"b", 0},
		{"a", 1}, {"a", 1}, {"b", 1}, {"a", 5}, {"a", 5},
	}
	for _, r := range reqs {
		err := lim.bucket(r.Client).Allow(r.Tick)
		status := "ok"
		if errors.Is(err, ErrLimited) {
			status = "429"
		}
		fmt.Printf("t=%d client=%s %s\n", r.Tick, r.Client, status)
	}

	// many goroutines hitting the same bucket in one tick: exactly capacity succeed
	b := NewTokenBucket(10, 0)
	var wg sync.WaitGroup
	var mu sync.Mutex
	okCount, limited := 0, 0
	for i := 0; i < 40; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := b.Allow(0)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				limited++
			} else {
				okCount++
			}
		}()
	}
	wg.Wait()
	fmt.Println("allowed:", okCount, "limited:", limited)

	clients := make([]string, 0)
	for c := range lim.buckets {
		clients = append(clients, c)
	}
	sort.Strings(clients)
	for _, c := range clients {
		fmt.Printf("%s tokens=%d last=%d\n", c, lim.buckets[c].tokens, lim.buckets[c].lastTick)
	}
}
