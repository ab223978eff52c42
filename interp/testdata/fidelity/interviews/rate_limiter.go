package main

import (
	"fmt"
	"time"
)

type Clock interface {
	Now() time.Time
}

type FakeClock struct {
	t time.Time
}

func (f *FakeClock) Now() time.Time          { return f.t }
func (f *FakeClock) Advance(d time.Duration) { f.t = f.t.Add(d) }

// TokenBucket allows rate tokens per second with a burst capacity.
type TokenBucket struct {
	clock    Clock
	capacity float64
	tokens   float64
	rate     float64
	last     time.Time
}

func NewTokenBucket(c Clock, rate float64, burst int) *TokenBucket {
	return &TokenBucket{clock: c, capacity: float64(burst), tokens: float64(burst), rate: rate, last: c.Now()}
}

func (b *TokenBucket) Allow() bool {
	now := b.clock.Now()
	elapsed := now.Sub(b.last).Seconds()
	b.last = now
	b.tokens += elapsed * b.rate
	if b.tokens > b.capacity {
		b.tokens = b.capacity
	}
	if b.tokens >= 1 {
		b.tokens--
		return true
	}
	return false
}

// SlidingWindow allows at most limit requests within window.
type SlidingWindow struct {
	clock  Clock
	window time.Duration
	limit  int
	times  []time.Time
}

func (s *SlidingWindow) Allow() bool {
	now := s.clock.Now()
	cutoff := now.Add(-s.window)
	i := 0
	for i < len(s.times) && !s.times[i].After(cutoff) {
		i++
	}
	s.times = s.times[i:]
	if len(s.times) >= s.limit {
		return false
	}
	s.times = append(s.times, now)
	return true
}

type Limiter interface{ Allow() bool }

func main() {
	clock := &FakeClock{t: time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC)}
	limiters := []struct {
		name string
		l    Limiter
	}{
		{"token-bucket", NewTokenBucket(clock, 2, 3)},
		{"sliding-window", &SlidingWindow{clock: clock, window: time.Second, limit: 3}},
	}
	steps := []time.Duration{0, 0, 0, 0, 100 * time.Millisecond, 400 * time.Millisecond, 0, 0, time.Second, 0, 0, 0, 2 * time.Second}
	results := make(map[string][]bool)
	start := clock.Now()
	for _, d := range steps {
		clock.Advance(d)
		line := fmt.Sprintf("t=%-6v", clock.Now().Sub(start))
		for _, l := range limiters {
			ok := l.l.Allow()
			results[l.name] = append(results[l.name], ok)
			line += fmt.Sprintf(" %s=%-5t", l.name, ok)
		}
		fmt.Println(line)
	}
	for _, l := range limiters {
		allowed := 0
		for _, ok := range results[l.name] {
			if ok {
				allowed++
			}
		}
		fmt.Printf("%s allowed %d of %d (%T)\n", l.name, allowed, len(steps), l.l)
	}
}
