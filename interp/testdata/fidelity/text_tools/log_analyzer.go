package main

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

const logs = `2024-03-01T10:00:00Z GET /api/users 200 12ms
2024-03-01T10:00:01Z POST /api/users 201 45ms
2024-03-01T10:00:02Z GET /api/users/7 404 3ms
2024-03-01T10:00:05Z GET /api/orders 200 120ms
2024-03-01T10:01:00Z GET /api/users 200 15ms
bad line here
2024-03-01T10:01:30Z DELETE /api/users/7 500 250ms
2024-03-01T10:02:00Z GET /api/orders 200 98ms
2024-03-01T10:02:10Z GET /health 200 1ms`

type Entry struct {
	At      time.Time
	Method  string
	Path    string
	Status  int
	Latency time.Duration
}

type Stats struct {
	Count int
	Total time.Duration
	Max   time.Duration
}

func (s Stats) Avg() time.Duration { return s.Total / time.Duration(s.Count) }

func parseLine(l string) (Entry, error) {
	f := strings.Fields(l)
	if len(f) != 5 {
		return Entry{}, fmt.Errorf("want 5 fields, got %d", len(f))
	}
	at, err := time.Parse(time.RFC3339, f[0])
	if err != nil {
		return Entry{}, err
	}
	st, err := strconv.Atoi(f[3])
	if err != nil {
		return Entry{}, err
	}
	lat, err := time.ParseDuration(f[4])
	if err != nil {
		return Entry{}, err
	}
	return Entry{at, f[1], f[2], st, lat}, nil
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(logs))
	var entries []Entry
	for n := 1; sc.Scan(); n++ {
		e, err := parseLine(sc.Text())
		if err != nil {
			fmt.Printf("line %d: %v\n", n, err)
			continue
		}
		entries = append(entries, e)
	}
	byPath := map[string]*Stats{}
	byClass := map[string]int{}
	for _, e := range entries {
		s := byPath[e.Path]
		if s == nil {
			s = &Stats{}
			byPath[e.Path] = s
		}
		s.Count++
		s.Total += e.Latency
		s.Max = max(s.Max, e.Latency)
		byClass[fmt.Sprintf("%dxx", e.Status/100)]++
	}
	paths := make([]string, 0, len(byPath))
	for p := range byPath {
		paths = append(paths, p)
	}
	sort.Slice(paths, func(i, j int) bool { return byPath[paths[i]].Total > byPath[paths[j]].Total })
	fmt.Printf("%-16s %5s %8s %8s\n", "path", "count", "avg", "max")
	for _, p := range paths {
		s := byPath[p]
		fmt.Printf("%-16s %5d %8v %8v\n", p, s.Count, s.Avg(), s.Max)
	}
	fmt.Println(byClass)
	span := entries[len(entries)-1].At.Sub(entries[0].At)
	fmt.Printf("span %v, %.2f req/min\n", span, float64(len(entries))/span.Minutes())
	errs := 0
	for _, e := range entries {
		if e.Status >= 400 {
			errs++
			fmt.Printf("  %s %s %s -> %d\n", e.At.Format("15:04:05"), e.Method, e.Path, e.Status)
		}
	}
	fmt.Printf("error rate %.1f%%\n", 100*float64(errs)/float64(len(entries)))
}
