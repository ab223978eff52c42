package main

import (
	"fmt"
	"strings"
	"time"
)

type TokenBucket struct {
	capacity float64
	tokens   float64
	rate     float64 // tokens per second
	last     time.Time
}

func NewBucket(capacity int, perSecond float64, now time.Time) *TokenBucket {
	return &TokenBucket{capacity: float64(capacity), tokens: float64(capacity), rate: perSecond, last: now}
}

func (b *TokenBucket) Allow(now time.Time) bool {
	elapsed := now.Sub(b.last).Seconds()
	b.last = now
	b.tokens = min(b.capacity, b.tokens+elapsed*b.rate)
	if b.tokens >= 1 {
		b.tokens--
		return true
	}
	return false
}

type SlidingWindow struct {
	window time.Duration
	limit  int
	hits   map[string][]time.Time
}

func (s *SlidingWindow) Allow(key string, now time.Time) (ok bool, retry time.Duration) {
	cutoff := now.Add(-s.window)
	h := s.hits[key]
	i := 0
	for i < len(h) && !h[i].After(cutoff) {
		i++
	}
	h = h[i:]
	if len(h) >= s.limit {
		s.hits[key] = h
		return false, h[0].Add(s.window).Sub(now)
	}
	s.hits[key] = append(h, now)
	return true, 0
}

func main() {
	start := time.Date(2024, 6, 1, 12, 0, 0, 0, time.UTC)
	b := NewBucket(3, 2, start)
	var sb strings.Builder
	for i := 0; i < 12; i++ {
		t := start.Add(time.Duration(i) * 150 * time.Millisecond)
		if b.Allow(t) {
			sb.WriteByte('+')
		} else {
			sb.WriteByte('.')
		}
	}
	fmt.Println(sb.String(), fmt.Sprintf("%.2f", b.tokens))

	sw := &SlidingWindow{window: time.Second, limit: 2, hits: map[string][]time.Time{}}
	events := []struct {
		key string
		ms  int
	}{{"ann", 0}, {"ann", 100}, {"bob", 150}, {"ann", 200}, {"ann", 1050}, {"ann", 1099}, {"ann", 1101}, {"bob", 1200}}
	for _, e := range events {
		now := start.Add(time.Duration(e.ms) * time.Millisecond)
		ok, retry := sw.Allow(e.key, now)
		fmt.Printf("%5dms %-3s ok=%-5t retry=%v\n", e.ms, e.key, ok, retry)
	}
	fmt.Println(len(sw.hits["ann"]), len(sw.hits["bob"]))
	d := 1500 * time.Millisecond
	fmt.Println(d, d.Seconds(), d.Truncate(time.Second), d/3, d*2, -d, time.Duration(1))
	fmt.Println(start.Add(d).Format(time.RFC3339Nano), start.Add(d).Sub(start) == d)
}
