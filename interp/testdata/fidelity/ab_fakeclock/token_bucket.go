package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type Clock interface {
	Now() time.Time
	Advance(d time.Duration)
}

type FakeClock struct{ t time.Time }

func (c *FakeClock) Now() time.Time          { return c.t }
func (c *FakeClock) Advance(d time.Duration) { c.t = c.t.Add(d) }

type Limiter interface {
	Allow(key string) bool
}

type TokenBucket struct {
	clock   Clock
	rate    float64 // tokens per second
	burst   float64
	buckets map[string]*bucket
}

type bucket struct {
	tokens float64
	last   time.Time
}

func NewTokenBucket(c Clock, rate float64, burst int) *TokenBucket {
	return &TokenBucket{clock: c, rate: rate, burst: float64(burst), buckets: map[string]*bucket{}}
}

func (tb *TokenBucket) Allow(key string) bool {
	now := tb.clock.Now()
	b, ok := tb.buckets[key]
	if !ok {
		b = &bucket{tokens: tb.burst, last: now}
		tb.buckets[key] = b
	}
	elapsed := now.Sub(b.last).Seconds()
	b.tokens = min(tb.burst, b.tokens+elapsed*tb.rate)
	b.last = now
	if b.tokens >= 1 {
		b.tokens--
		return true
	}
	return false
}

type SlidingWindow struct {
	clock  Clock
	window time.Duration
	limit  int
	hits   map[string][]time.Time
}

func (s *SlidingWindow) Allow(key string) bool {
	now := s.clock.Now()
	cut := now.Add(-s.window)
	h := s.hits[key]
	i := sort.Search(len(h), func(i int) bool { return h[i].After(cut) })
	h = h[i:]
	if len(h) >= s.limit {
		s.hits[key] = h
		return false
	}
	s.hits[key] = append(h, now)
	return true
}

type result struct {
	at      time.Duration
	key     string
	allowed bool
}

func simulate(name string, clk *FakeClock, l Limiter, pattern []time.Duration, keys []string) {
	start := clk.Now()
	var rs []result
	for i, gap := range pattern {
		clk.Advance(gap)
		k := keys[i%len(keys)]
		rs = append(rs, result{clk.Now().Sub(start), k, l.Allow(k)})
	}
	var b strings.Builder
	counts := map[string][2]int{}
	for _, r := range rs {
		mark := "."
		if !r.allowed {
			mark = "x"
		}
		b.WriteString(mark)
		c := counts[r.key]
		if r.allowed {
			c[0]++
		} else {
			c[1]++
		}
		counts[r.key] = c
	}
	fmt.Printf("%-8s %s\n", name, b.String())
	ks := make([]string, 0, len(counts))
	for k := range counts {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		fmt.Printf("   %-6s ok=%-3d denied=%d\n", k, counts[k][0], counts[k][1])
	}
	last := rs[len(rs)-1]
	fmt.Printf("   last %+v elapsed=%v\n", last, clk.Now().Sub(start))
}

func main() {
	base := time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)
	var pattern []time.Duration
	for i := 0; i < 40; i++ {
		switch {
		case i < 10:
			pattern = append(pattern, 50*time.Millisecond)
		case i < 20:
			pattern = append(pattern, 400*time.Millisecond)
		case i == 20:
			pattern = append(pattern, 3*time.Second)
		default:
			pattern = append(pattern, time.Duration(i%3)*100*time.Millisecond)
		}
	}
	clk := &FakeClock{base}
	simulate("bucket", clk, NewTokenBucket(clk, 2, 4), pattern, []string{"alice"})
	clk2 := &FakeClock{base}
	simulate("bucket2", clk2, NewTokenBucket(clk2, 0.5, 2), pattern, []string{"a", "b", "c"})
	clk3 := &FakeClock{base}
	simulate("window", clk3, &SlidingWindow{clk3, time.Second, 3, map[string][]time.Time{}}, pattern, []string{"alice", "bob"})
	fmt.Println(clk3.Now().Format(time.RFC3339Nano), clk3.Now().Sub(base).Round(time.Second))
	var ls []Limiter = []Limiter{NewTokenBucket(clk, 1, 1), &SlidingWindow{clock: clk}}
	for _, l := range ls {
		fmt.Printf("%T %v\n", l, l.Allow("z"))
	}
}
