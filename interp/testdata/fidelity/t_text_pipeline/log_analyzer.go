package main

import (
	"bufio"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

const logs = `2024-03-01T10:00:01Z GET /api/users 200 12ms
2024-03-01T10:00:02Z POST /api/users 201 45ms
2024-03-01T10:00:02Z GET /api/users/7 404 3ms
2024-03-01T10:00:05Z GET /static/app.js 200 1ms
malformed line here
2024-03-01T10:01:00Z DELETE /api/users/7 500 120ms
2024-03-01T10:01:30Z GET /api/users 200 15ms
2024-03-01T10:02:00Z GET /api/orders 200 30ms
2024-03-01T10:02:10Z GET /api/orders 503 2ms`

var lineRE = regexp.MustCompile(`^(\S+) (GET|POST|PUT|DELETE) (\S+) (\d{3}) (\d+)ms$`)

type Entry struct {
	At      time.Time
	Method  string
	Path    string
	Status  int
	Latency time.Duration
}

type Stats struct {
	Count  int
	Errors int
	Total  time.Duration
	Max    time.Duration
}

func (s Stats) Mean() time.Duration {
	if s.Count == 0 {
		return 0
	}
	return s.Total / time.Duration(s.Count)
}

func parse(text string) ([]Entry, []int) {
	var entries []Entry
	var bad []int
	sc := bufio.NewScanner(strings.NewReader(text))
	n := 0
	for sc.Scan() {
		n++
		m := lineRE.FindStringSubmatch(sc.Text())
		if m == nil {
			bad = append(bad, n)
			continue
		}
		at, err := time.Parse(time.RFC3339, m[1])
		if err != nil {
			bad = append(bad, n)
			continue
		}
		st, _ := strconv.Atoi(m[4])
		ms, _ := strconv.Atoi(m[5])
		entries = append(entries, Entry{at, m[2], m[3], st, time.Duration(ms) * time.Millisecond})
	}
	return entries, bad
}

func group(path string) string {
	parts := strings.Split(strings.Trim(path, "/"), "/")
	if len(parts) >= 2 {
		return "/" + parts[0] + "/" + parts[1]
	}
	return path
}

func main() {
	entries, bad := parse(logs)
	fmt.Printf("%d entries, bad lines %v\n", len(entries), bad)
	stats := map[string]*Stats{}
	for _, e := range entries {
		g := group(e.Path)
		s := stats[g]
		if s == nil {
			s = &Stats{}
			stats[g] = s
		}
		s.Count++
		s.Total += e.Latency
		s.Max = max(s.Max, e.Latency)
		if e.Status >= 400 {
			s.Errors++
		}
	}
	keys := make([]string, 0, len(stats))
	for k := range stats {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return stats[keys[i]].Total > stats[keys[j]].Total })
	for _, k := range keys {
		s := stats[k]
		fmt.Printf("%-12s n=%d err=%d mean=%v max=%v rate=%.0f%%\n", k, s.Count, s.Errors, s.Mean(), s.Max, 100*float64(s.Errors)/float64(s.Count))
	}
	span := entries[len(entries)-1].At.Sub(entries[0].At)
	fmt.Println("span:", span, "per minute:", float64(len(entries))/span.Minutes())
	byMinute := map[string]int{}
	for _, e := range entries {
		byMinute[e.At.Format("15:04")]++
	}
	fmt.Println(byMinute)
	fmt.Printf("%+v\n", entries[2])
	fmt.Println(lineRE.NumSubexp(), lineRE.SubexpNames()[0] == "")
	fmt.Println(lineRE.ReplaceAllString("2024-03-01T10:00:01Z GET /x 200 5ms", "$2 $3 -> $4"))
}
