package main

import (
	"errors"
	"fmt"
	"regexp"
	"regexp/syntax"
	"sort"
	"strings"
	"time"
)

var logLine = regexp.MustCompile(`^(?P<date>\d{4}-\d{2}-\d{2}) (?P<level>[A-Z]+) \[(?P<mod>\w+)\] (?P<msg>.*)$`)

const logs = `2024-02-29 INFO [auth] user alice logged in
2024-02-29 WARN [db] slow query took 1532ms
2024-03-01 ERROR [auth] invalid token for bob
garbage line
2024-03-01 INFO [db] connection pool size=12`

func main() {
	counts := map[string]int{}
	for _, line := range strings.Split(logs, "\n") {
		m := logLine.FindStringSubmatch(line)
		if m == nil {
			fmt.Printf("skip: %q\n", line)
			continue
		}
		lvl := m[logLine.SubexpIndex("level")]
		counts[lvl]++
		fmt.Printf("%s|%-5s|%-4s|%s\n", m[1], lvl, m[logLine.SubexpIndex("mod")], m[4])
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", counts[k], " ")
	}
	fmt.Println()
	fmt.Println(logLine.SubexpNames())

	num := regexp.MustCompile(`\d+`)
	fmt.Println(num.FindAllString("a1 b22 c333 d", -1), num.FindAllStringIndex("x12y3", -1))
	fmt.Println(num.ReplaceAllStringFunc("5 apples and 12 pears", func(s string) string { return "<" + s + ">" }))
	kv := regexp.MustCompile(`(\w+)=(\w+)`)
	fmt.Println(kv.ReplaceAllString("a=1 b=2", "$2:$1"), kv.ReplaceAllLiteralString("a=1", "$1"))
	fmt.Println(kv.FindAllStringSubmatch("x=1,y=2", -1), kv.NumSubexp())
	fmt.Println(regexp.QuoteMeta("1+1=2?"), regexp.MustCompile(`(?i)go`).MatchString("GoLang"))
	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
	var rerr *syntax.Error
	fmt.Println(errors.As(err, &rerr), rerr.Code)
	fmt.Printf("%q\n", regexp.MustCompile(`\s*[,;]\s*`).Split("a , b;c ;  d", -1))

	t := time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC)
	for _, layout := range []string{time.RFC3339, time.RFC3339Nano, time.Kitchen, time.ANSIC, "2006-01-02", "Jan _2 15:04:05.000", "Monday, 02-Jan-06", time.DateTime} {
		fmt.Println(t.Format(layout))
	}
	fmt.Println(t.AddDate(1, 0, 0).Format(time.DateOnly), t.AddDate(0, 1, 0).Format(time.DateOnly))
	fmt.Println(t.YearDay(), t.Weekday(), t.Truncate(time.Hour).Format(time.TimeOnly), t.Round(time.Second).Nanosecond())
	y, w := t.ISOWeek()
	fmt.Println(y, w)
	p, err := time.Parse("2006-01-02 15:04", "2024-13-01 10:00")
	fmt.Println(p.IsZero(), err)
	var pe *time.ParseError
	fmt.Println(errors.As(err, &pe))
	d, _ := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, d.Minutes(), d.Round(time.Minute), d.Truncate(time.Hour), time.Duration(1500)*time.Microsecond)
	a := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	b := time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)
	fmt.Println(b.Sub(a), b.Sub(a).Hours()/24, a.Before(b), a.Equal(a.In(time.FixedZone("X", 3600))))
	loc := time.FixedZone("EST", -5*3600)
	fmt.Println(t.In(loc).Format(time.RFC1123Z), t.Unix(), t.UnixMilli())
	fmt.Println(time.Unix(1700000000, 0).UTC(), time.Month(13), time.Saturday)
}
