package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

// TokenBucket is a rate limiter driven by explicit ticks, so that its
// output does not depend on wall-clock time.
type TokenBucket struct {
	mu       sync.Mutex
	capacity int
	tokens   int
	refill   int
}

func NewTokenBucket(capacity, refill int) *TokenBucket {
	return &TokenBucket{capacity: capacity, tokens: capacity, refill: refill}
}

func (b *TokenBucket) Tick() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.tokens = min(b.capacity, b.tokens+b.refill)
}

func (b *TokenBucket) Allow() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.tokens == 0 {
		return false
	}
	b.tokens--
	return true
}

var ErrLimited = errors.New("rate limited")

type Limiter struct {
	mu      sync.Mutex
	buckets map[string]*TokenBucket
	cap     int
	refill  int
}

func (l *Limiter) bucket(key string) *TokenBucket {
	l.mu.Lock()
	defer l.mu.Unlock()
	b, ok := l.buckets[key]
	if !ok {
		b = NewTokenBucket(l.cap, l.refill)
		l.buckets[key] = b
	}
	return b
}

func (l *Limiter) Do(key string, f func() string) (string, error) {
	if !l.bucket(key).Allow() {
		return "", fmt.Errorf("%s: %w", key, ErrLimited)
	}
	return f(), nil
}

func (l *Limiter) TickAll() {
	l.mu.Lock()
	bs := make([]*TokenBucket, 0, len(l.buckets))
	for _, b := range l.buckets {
		bs = append(bs, b)
	}
	l.mu.Unlock()
	for _, b := range bs {
		b.Tick()
	}
}

func main() {
	l := &Limiter{buckets: map[string]*TokenBucket{}, cap: 3, refill: 1}
	for round := 0; round < 4; round++ {
		var line []string
		for _, user := range []string{"ann", "bob", "ann", "ann", "ann", "bob"} {
			res, err := l.Do(user, func() string { return strings.ToUpper(user[:1]) })
			if errors.Is(err, ErrLimited) {
				line = append(line, "-")
				continue
			}
			line = append(line, res)
		}
		fmt.Printf("round %d: %s\n", round, strings.Join(line, " "))
		l.TickAll()
	}

	b := NewTokenBucket(50, 0)
	var wg sync.WaitGroup
	var mu sync.Mutex
	allowed, denied := 0, 0
	for i := 0; i < 80; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ok := b.Allow()
			mu.Lock()
			if ok {
				allowed++
			} else {
				denied++
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("allowed", allowed, "denied", denied)

	ticks := make(chan int)
	done := make(chan struct{})
	var served []int
	go func() {
		defer close(done)
		tb := NewTokenBucket(2, 2)
		for t := range ticks {
			tb.Tick()
			for tb.Allow() {
				served = append(served, t)
			}
		}
	}()
	for t := 1; t <= 4; t++ {
		ticks <- t
	}
	close(ticks)
	<-done
	fmt.Println("served at ticks:", served)
}
