package main

import "fmt"

// TokenBucket is driven by a virtual clock so the program is deterministic.
type TokenBucket struct {
	capacity int
	tokens   float64
	rate     float64 // tokens per tick
	last     int
}

func NewBucket(capacity int, rate float64) *TokenBucket {
	return &TokenBucket{capacity: capacity, tokens: float64(capacity), rate: rate}
}

func (b *TokenBucket) Allow(now int) bool {
	b.tokens += float64(now-b.last) * b.rate
	if b.tokens > float64(b.capacity) {
		b.tokens = float64(b.capacity)
	}
	b.last = now
	if b.tokens >= 1 {
		b.tokens--
		return true
	}
	return false
}

type SlidingWindow struct {
	size, limit int
	hits        []int
}

func (w *SlidingWindow) Allow(now int) bool {
	cut := 0
	for cut < len(w.hits) && w.hits[cut] <= now-w.size {
		cut++
	}
	w.hits = w.hits[cut:]
	if len(w.hits) >= w.limit {
		return false
	}
	w.hits = append(w.hits, now)
	return true
}

func main() {
	requests := []int{0, 0, 0, 0, 1, 2, 2, 2, 5, 6, 6, 10, 10, 10, 10}

	tb := NewBucket(3, 0.5)
	sw := &SlidingWindow{size: 4, limit: 3}
	var tbOK, swOK int
	for _, t := range requests {
		a, b := tb.Allow(t), sw.Allow(t)
		if a {
			tbOK++
		}
		if b {
			swOK++
		}
		fmt.Printf("t=%2d bucket=%-5v window=%v\n", t, a, b)
	}

	fmt.Println("allowed:", tbOK, swOK, "of", len(requests))
}
