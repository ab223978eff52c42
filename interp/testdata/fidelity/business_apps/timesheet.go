package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

const log = `
# week 14 timesheet
mon alice 09:00-12:30 projA
mon alice 13:15-17:45 projB
mon bob   08:30-12:00 projA
tue alice 09:10-18:20 projA
tue bob   22:00-02:00 support
wed bob   09:00-17:00 projB
wed carol 10:00-10:00 projA
thu carol 09:00-11:xx projB
fri alice 08:00-12:00 support
fri carol 12:00-16:30 projB
`

type Entry struct {
	Day, Who, Project string
	Dur               time.Duration
}

func parseClock(s string) (time.Duration, error) {
	h, m, ok := strings.Cut(s, ":")
	if !ok {
		return 0, fmt.Errorf("no colon in %q", s)
	}
	hh, err := strconv.Atoi(h)
	if err != nil {
		return 0, err
	}
	mm, err := strconv.Atoi(m)
	if err != nil {
		return 0, fmt.Errorf("minutes: %w", err)
	}
	return time.Duration(hh)*time.Hour + time.Duration(mm)*time.Minute, nil
}

func parseLine(line string) (Entry, error) {
	f := strings.Fields(line)
	if len(f) != 4 {
		return Entry{}, fmt.Errorf("want 4 fields")
	}
	a, b, _ := strings.Cut(f[2], "-")
	from, err := parseClock(a)
	if err != nil {
		return Entry{}, err
	}
	to, err := parseClock(b)
	if err != nil {
		return Entry{}, err
	}
	if to <= from {
		if to == from {
			return Entry{}, fmt.Errorf("empty interval %s", f[2])
		}
		to += 24 * time.Hour // crosses midnight
	}
	return Entry{f[0], f[1], f[3], to - from}, nil
}

func main() {
	var entries []Entry
	for i, line := range strings.Split(log, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		e, err := parseLine(line)
		if err != nil {
			fmt.Printf("line %d skipped: %v\n", i, err)
			continue
		}
		entries = append(entries, e)
	}

	perPerson := map[string]time.Duration{}
	perProject := map[string]map[string]time.Duration{}
	for _, e := range entries {
		perPerson[e.Who] += e.Dur
		if perProject[e.Project] == nil {
			perProject[e.Project] = map[string]time.Duration{}
		}
		perProject[e.Project][e.Who] += e.Dur
	}

	people := make([]string, 0)
	for p := range perPerson {
		people = append(people, p)
	}
	sort.Strings(people)
	fmt.Println("hours per person:")
	for _, p := range people {
		d := perPerson[p]
		fmt.Printf("  %-6s %-8v %5.2fh  billable $%.2f\n", p, d, d.Hours(), d.Hours()*85)
	}

	projects := make([]string, 0, len(perProject))
	for p := range perProject {
		projects = append(projects, p)
	}
	sort.Strings(projects)
	fmt.Println("project matrix:")
	fmt.Printf("  %-8s", "")
	for _, p := range people {
		fmt.Printf("%8s", p)
	}
	fmt.Println()
	for _, pr := range projects {
		fmt.Printf("  %-8s", pr)
		for _, p := range people {
			d := perProject[pr][p]
			if d == 0 {
				fmt.Printf("%8s", "-")
			} else {
				fmt.Printf("%8.1f", d.Hours())
			}
		}
		fmt.Println()
	}
	longest := entries[0]
	for _, e := range entries[1:] {
		if e.Dur > longest.Dur {
			longest = e
		}
	}
	fmt.Printf("longest stretch: %+v\n", longest)
}
