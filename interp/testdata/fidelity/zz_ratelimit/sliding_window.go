package main

import (
	"fmt"
	"sort"
	"time"
)

type Limiter interface {
	Allow(key string, now time.Time) bool
	Name() string
}

type FixedWindow struct {
	Limit  int
	Window time.Duration
	counts map[string]map[int64]int
}

func (f *FixedWindow) Name() string { return fmt.Sprintf("fixed(%d/%v)", f.Limit, f.Window) }
func (f *FixedWindow) Allow(key string, now time.Time) bool {
	if f.counts == nil {
		f.counts = map[string]map[int64]int{}
	}
	slot := now.Truncate(f.Window).UnixNano()
	if f.counts[key] == nil {
		f.counts[key] = map[int64]int{}
	}
	if f.counts[key][slot] >= f.Limit {
		return false
	}
	f.counts[key][slot]++
	return true
}

type SlidingLog struct {
	Limit  int
	Window time.Duration
	log    map[string][]time.Time
}

func (s *SlidingLog) Name() string { return fmt.Sprintf("sliding(%d/%v)", s.Limit, s.Window) }
func (s *SlidingLog) Allow(key string, now time.Time) bool {
	if s.log == nil {
		s.log = map[string][]time.Time{}
	}
	cutoff := now.Add(-s.Window)
	ts := s.log[key]
	i := sort.Search(len(ts), func(i int) bool { return ts[i].After(cutoff) })
	ts = ts[i:]
	if len(ts) >= s.Limit {
		s.log[key] = ts
		return false
	}
	s.log[key] = append(ts, now)
	return true
}

type event struct {
	ms  int
	key string
}

func main() {
	base := time.Date(2024, 7, 4, 0, 0, 59, 0, time.UTC)
	events := []event{
		{0, "alice"}, {100, "alice"}, {200, "alice"}, {900, "alice"}, {1000, "alice"},
		{1100, "alice"}, {1200, "bob"}, {1300, "alice"}, {1950, "alice"}, {2100, "alice"},
	}
	limiters := []Limiter{
		&FixedWindow{Limit: 3, Window: time.Second},
		&SlidingLog{Limit: 3, Window: time.Second},
	}
	for _, l := range limiters {
		allowed := map[string]int{}
		fmt.Printf("%-20s ", l.Name())
		for _, e := range events {
			now := base.Add(time.Duration(e.ms) * time.Millisecond)
			if l.Allow(e.key, now) {
				allowed[e.key]++
				fmt.Print(e.key[:1])
			} else {
				fmt.Print(".")
			}
		}
		fmt.Printf("  alice=%d bob=%d\n", allowed["alice"], allowed["bob"])
	}
	sl := limiters[1].(*SlidingLog)
	for _, t := range sl.log["alice"] {
		fmt.Print(t.Format("15:04:05.000"), " ")
	}
	fmt.Println()
	fmt.Printf("%T %v\n", limiters[0], base.Truncate(time.Minute).Format(time.Kitchen))
}
