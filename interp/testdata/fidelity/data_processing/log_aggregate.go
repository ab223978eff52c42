package main

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
	Error
)

func (l Level) String() string {
	switch l {
	case Debug:
		return "DEBUG"
	case Info:
		return "INFO"
	case Warn:
		return "WARN"
	case Error:
		return "ERROR"
	}
	return "Level(" + strconv.Itoa(int(l)) + ")"
}

func parseLevel(s string) (Level, error) {
	for l := Debug; l <= Error; l++ {
		if l.String() == s {
			return l, nil
		}
	}
	return 0, fmt.Errorf("unknown level %q", s)
}

type Line struct {
	At      time.Time
	Level   Level
	Service string
	Msg     string
	Latency time.Duration
}

const logs = `2024-05-01T10:00:01Z INFO api request ok latency=120ms
2024-05-01T10:00:02Z WARN api slow request latency=1.5s
2024-05-01T10:00:02Z ERROR db connection reset
2024-05-01T10:00:05Z INFO api request ok latency=80ms
2024-05-01T10:00:07Z DEBUG cache miss key=u:1
2024-05-01T10:01:00Z ERROR api upstream timeout latency=30s
2024-05-01T10:01:03Z TRACE api ignored
garbage line`

func main() {
	var lines []Line
	sc := bufio.NewScanner(strings.NewReader(logs))
	bad := 0
	for sc.Scan() {
		f := strings.SplitN(sc.Text(), " ", 4)
		if len(f) < 4 {
			bad++
			continue
		}
		at, err := time.Parse(time.RFC3339, f[0])
		if err != nil {
			bad++
			continue
		}
		lvl, err := parseLevel(f[1])
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		l := Line{At: at, Level: lvl, Service: f[2], Msg: f[3]}
		if i := strings.Index(l.Msg, "latency="); i >= 0 {
			l.Latency, _ = time.ParseDuration(l.Msg[i+len("latency="):])
			l.Msg = strings.TrimSpace(l.Msg[:i])
		}
		lines = append(lines, l)
	}
	fmt.Println("parsed", len(lines), "bad", bad)
	byLevel := map[Level]int{}
	lat := map[string][]time.Duration{}
	for _, l := range lines {
		byLevel[l.Level]++
		if l.Latency > 0 {
			lat[l.Service] = append(lat[l.Service], l.Latency)
		}
	}
	levels := make([]Level, 0, len(byLevel))
	for l := range byLevel {
		levels = append(levels, l)
	}
	sort.Slice(levels, func(i, j int) bool { return levels[i] > levels[j] })
	for _, l := range levels {
		fmt.Printf("%-5v %d\n", l, byLevel[l])
	}
	for svc, ds := range lat {
		var sum time.Duration
		for _, d := range ds {
			sum += d
		}
		sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
		fmt.Printf("%s: n=%d avg=%v max=%v p50=%v\n", svc, len(ds), sum/time.Duration(len(ds)), ds[len(ds)-1], ds[len(ds)/2])
	}
	first, last := lines[0].At, lines[len(lines)-1].At
	fmt.Println("span:", last.Sub(first), first.Format(time.Kitchen), last.Format("15:04:05"))
	fmt.Printf("%v %d %s\n", Level(7), Warn, Error)
	errs := 0
	for _, l := range lines {
		if l.Level >= Warn {
			errs++
			fmt.Printf("[%s] %s %s: %s\n", l.At.Format("15:04:05"), l.Level, l.Service, l.Msg)
		}
	}
	fmt.Println(errs)
}
