// time.Duration arithmetic and formatting, ParseDuration, Truncate and
// Round, and a stopwatch summary over fixed lap times.
package main

import (
	"fmt"
	"sort"
	"time"
)

type Lap struct {
	Name string
	D    time.Duration
}

func main() {
	d := 90*time.Minute + 30*time.Second + 250*time.Millisecond
	fmt.Println(d, d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds())
	fmt.Println(d.Truncate(time.Minute), d.Round(time.Hour), d.Round(time.Second))
	fmt.Printf("%v %d %s %.2f\n", 1500*time.Microsecond, time.Second, 2*time.Nanosecond, time.Duration(1e9).Seconds())

	for _, s := range []string{"1h15m", "300ms", "-2.5s", "1h2m3s4ms5us6ns", "5 minutes"} {
		pd, err := time.ParseDuration(s)
		fmt.Printf("%-18q %-16v %v\n", s, pd, err)
	}

	laps := []Lap{{"warmup", 4*time.Minute + 12*time.Second}, {"sprint", 58 * time.Second}, {"steady", 9*time.Minute + 3*time.Second}, {"cooldown", 3 * time.Minute}}
	var total time.Duration
	for _, l := range laps {
		total += l.D
	}
	sort.Slice(laps, func(i, j int) bool { return laps[i].D < laps[j].D })
	for _, l := range laps {
		pct := float64(l.D) / float64(total) * 100
		fmt.Printf("%-9s %8v %5.1f%%\n", l.Name, l.D, pct)
	}
	fmt.Println("total", total, "avg", total/time.Duration(len(laps)))
	fmt.Println(time.Duration(0), -d, time.Duration(1<<63-1))

	limit := 10 * time.Minute
	if total > limit {
		fmt.Printf("over by %v (%.0f%%)\n", total-limit, 100*(total-limit).Seconds()/limit.Seconds())
	}
	fmt.Println(min(laps[0].D, laps[1].D), max(time.Second, 2*time.Second))
	fmt.Println(time.Duration(3723) * time.Second)
}
