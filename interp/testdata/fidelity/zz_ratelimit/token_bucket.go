package main

import (
	"fmt"
	"strings"
	"time"
)

type Clock interface{ Now() time.Time }

type FakeClock struct{ t time.Time }

func (c *FakeClock) Now() time.Time          { return c.t }
func (c *FakeClock) Advance(d time.Duration) { c.t = c.t.Add(d) }

type TokenBucket struct {
	clock    Clock
	capacity float64
	rate     float64 // tokens per second
	tokens   float64
	last     time.Time
}

func NewBucket(c Clock, capacity int, perSecond float64) *TokenBucket {
	return &TokenBucket{clock: c, capacity: float64(capacity), rate: perSecond, tokens: float64(capacity), last: c.Now()}
}

func (b *TokenBucket) refill() {
	now := b.clock.Now()
	elapsed := now.Sub(b.last).Seconds()
	b.tokens = min(b.capacity, b.tokens+elapsed*b.rate)
	b.last = now
}

func (b *TokenBucket) Allow(n int) bool {
	b.refill()
	if b.tokens >= float64(n) {
		b.tokens -= float64(n)
		return true
	}
	return false
}

// Wait reports how long until n tokens are available.
func (b *TokenBucket) Wait(n int) time.Duration {
	b.refill()
	missing := float64(n) - b.tokens
	if missing <= 0 {
		return 0
	}
	return time.Duration(missing / b.rate * float64(time.Second)).Round(time.Millisecond)
}

func main() {
	clk := &FakeClock{t: time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)}
	b := NewBucket(clk, 5, 2)
	var line strings.Builder
	for i := 0; i < 8; i++ {
		if b.Allow(1) {
			line.WriteByte('+')
		} else {
			line.WriteByte('-')
		}
	}
	fmt.Println("burst:", line.String())
	fmt.Println("wait for 3:", b.Wait(3))
	clk.Advance(750 * time.Millisecond)
	ok2 := b.Allow(2)
	fmt.Printf("after 750ms tokens=%.2f allow2=%t\n", b.tokens, ok2)
	fmt.Printf("tokens now %.2f\n", b.tokens)

	type req struct {
		at   time.Duration
		cost int
	}
	script := []req{{0, 1}, {100 * time.Millisecond, 1}, {200 * time.Millisecond, 3}, {1500 * time.Millisecond, 3}, {1510 * time.Millisecond, 1}, {10 * time.Second, 9}, {10 * time.Second, 5}}
	start := clk.Now()
	for _, r := range script {
		clk.t = start.Add(r.at)
		ok := b.Allow(r.cost)
		fmt.Printf("t=%-7v cost=%d allowed=%-5t left=%.1f wait(1)=%v\n", r.at, r.cost, ok, b.tokens, b.Wait(1))
	}
	fmt.Println(clk.Now().Format(time.RFC3339), clk.Now().Sub(start))
}
