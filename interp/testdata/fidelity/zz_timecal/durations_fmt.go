package main

import (
	"fmt"
	"math"
	"strings"
	"time"
)

func human(d time.Duration) string {
	if d < 0 {
		return "-" + human(-d)
	}
	if d < time.Second {
		return d.String()
	}
	days := int(d / (24 * time.Hour))
	d -= time.Duration(days) * 24 * time.Hour
	h, m, s := int(d.Hours()), int(d.Minutes())%60, int(d.Seconds())%60
	var parts []string
	for _, p := range []struct {
		n    int
		unit string
	}{{days, "d"}, {h, "h"}, {m, "m"}, {s, "s"}} {
		if p.n > 0 {
			parts = append(parts, fmt.Sprintf("%d%s", p.n, p.unit))
		}
	}
	return strings.Join(parts, " ")
}

func clock(d time.Duration) string {
	return fmt.Sprintf("%02d:%02d:%02d", int(d.Hours()), int(d.Minutes())%60, int(d.Seconds())%60)
}

func main() {
	ds := []time.Duration{
		0, 1500 * time.Microsecond, 42 * time.Second, 90 * time.Minute,
		26*time.Hour + 3*time.Minute + 4*time.Second, -75 * time.Second,
		time.Duration(math.MaxInt64),
	}
	for _, d := range ds {
		fmt.Printf("%-22v %-22s %s\n", d, human(d), clock(d%(100*time.Hour)))
	}
	for _, s := range []string{"1h15m30.5s", "2.5h", "300ms", "-1m", "1d", "3h70m"} {
		d, err := time.ParseDuration(s)
		if err != nil {
			fmt.Println("parse:", err)
			continue
		}
		fmt.Printf("%-10s = %-10v %8.2f min  rounded=%v trunc=%v\n", s, d, d.Minutes(), d.Round(time.Hour), d.Truncate(time.Minute))
	}
	laps := []time.Duration{83*time.Second + 120*time.Millisecond, 79*time.Second + 900*time.Millisecond, 81 * time.Second}
	var total time.Duration
	best := laps[0]
	for _, l := range laps {
		total += l
		best = min(best, l)
	}
	fmt.Println("total", total, "avg", total/time.Duration(len(laps)), "best", best)
	fmt.Printf("%d %v %.3f %s\n", time.Minute, time.Duration(1), time.Hour.Hours()/24, 3*time.Millisecond+4*time.Nanosecond)
}
