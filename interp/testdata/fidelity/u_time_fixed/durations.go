package main

import (
	"fmt"
	"math"
	"strings"
	"time"
)

type Lap struct {
	Runner string
	Splits []time.Duration
}

func (l Lap) Total() time.Duration {
	var t time.Duration
	for _, s := range l.Splits {
		t += s
	}
	return t
}

func pace(d time.Duration, km float64) string {
	perKm := time.Duration(float64(d) / km)
	perKm = perKm.Round(time.Second)
	m := int(perKm.Minutes())
	s := int(perKm.Seconds()) % 60
	return fmt.Sprintf("%d:%02d/km", m, s)
}

func humanize(d time.Duration) string {
	if d < 0 {
		return "-" + humanize(-d)
	}
	parts := []string{}
	days := d / (24 * time.Hour)
	d -= days * 24 * time.Hour
	if days > 0 {
		parts = append(parts, fmt.Sprintf("%dd", days))
	}
	h := d / time.Hour
	d -= h * time.Hour
	if h > 0 {
		parts = append(parts, fmt.Sprintf("%dh", h))
	}
	m := d / time.Minute
	if m > 0 {
		parts = append(parts, fmt.Sprintf("%dm", m))
	}
	if len(parts) == 0 {
		return "now"
	}
	return strings.Join(parts, " ")
}

func main() {
	laps := []Lap{
		{"ann", []time.Duration{4*time.Minute + 31*time.Second, 4*time.Minute + 45*time.Second, 4*time.Minute + 28*time.Second}},
		{"bob", []time.Duration{5 * time.Minute, 5*time.Minute + 500*time.Millisecond, 4*time.Minute + 59*time.Second}},
	}
	for _, l := range laps {
		t := l.Total()
		fmt.Printf("%s total=%v pace=%s avg=%v\n", l.Runner, t, pace(t, 3), t/time.Duration(len(l.Splits)))
	}
	ds := []time.Duration{
		0, 1, 999 * time.Microsecond, 1500 * time.Millisecond, 90 * time.Minute,
		-2*time.Hour - 3*time.Second, 36*time.Hour + 59*time.Minute, math.MaxInt64,
	}
	for _, d := range ds {
		fmt.Printf("%-22v %-14s %.3fh %dms\n", d, humanize(d), d.Hours(), d.Milliseconds())
	}
	for _, s := range []string{"1h15m30.5s", "300ms", "-1.5h", "2h45m", "1d", "4us", ""} {
		d, err := time.ParseDuration(s)
		if err != nil {
			fmt.Println("parse error:", err)
			continue
		}
		fmt.Println(s, "=>", d, d.Seconds())
	}
	d := 1*time.Hour + 23*time.Minute + 45*time.Second + 678*time.Millisecond
	for _, r := range []time.Duration{time.Millisecond, time.Second, time.Minute, time.Hour} {
		fmt.Printf("round %v: %v trunc: %v\n", r, d.Round(r), d.Truncate(r))
	}
	fmt.Println(d.Abs(), (-d).Abs(), time.Duration(1<<63-1).String() == ds[len(ds)-1].String())
	fmt.Printf("%d %s %q %T\n", time.Second, time.Second, time.Minute, d)
	timeout := 2500 * time.Millisecond
	fmt.Println(timeout > 2*time.Second, int64(timeout/time.Millisecond), timeout.Microseconds())
}
