package main

import (
	"bufio"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
)

const logs = `203.0.113.5 - - [10/Oct/2024:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326 0.012
198.51.100.7 - ana [10/Oct/2024:13:55:59 +0000] "POST /api/login HTTP/1.1" 401 112 0.210
203.0.113.5 - - [10/Oct/2024:13:56:10 +0000] "GET /static/app.js HTTP/1.1" 200 90211 0.034
192.0.2.44 - - [10/Oct/2024:14:01:02 +0000] "GET /api/items?page=2 HTTP/1.1" 200 5120 0.120
198.51.100.7 - ana [10/Oct/2024:14:02:13 +0000] "POST /api/login HTTP/1.1" 200 96 0.180
garbage line that does not parse
192.0.2.44 - - [10/Oct/2024:14:15:48 +0000] "GET /api/items?page=3 HTTP/1.1" 500 0 1.502
203.0.113.5 - - [10/Oct/2024:14:29:59 +0000] "GET /favicon.ico HTTP/1.1" 404 0 0.001
192.0.2.44 - - [10/Oct/2024:14:31:00 +0000] "DELETE /api/items/7 HTTP/1.1" 204 0 0.090
198.51.100.7 - ana [10/Oct/2024:15:00:00 +0000] "GET /api/items HTTP/1.1" 200 4800 0.095
203.0.113.9 - - [10/Oct/2024:15:44:21 +0000] "GET /index.html HTTP/2.0" 304 0 0.004`

var lineRe = regexp.MustCompile(`^(\S+) \S+ (\S+) \[([^\]]+)\] "(\w+) ([^ "?]+)(\?[^ "]*)? ([^"]+)" (\d{3}) (\d+) ([\d.]+)$`)

type Entry struct {
	IP      string
	User    string
	At      time.Time
	Method  string
	Path    string
	Status  int
	Bytes   int
	Latency time.Duration
}

type StatusClass int

func (c StatusClass) String() string { return fmt.Sprintf("%dxx", int(c)) }

func parse(line string) (Entry, error) {
	m := lineRe.FindStringSubmatch(line)
	if m == nil {
		return Entry{}, fmt.Errorf("no match: %.20q", line)
	}
	at, err := time.Parse("02/Jan/2006:15:04:05 -0700", m[3])
	if err != nil {
		return Entry{}, err
	}
	status, _ := strconv.Atoi(m[8])
	n, _ := strconv.Atoi(m[9])
	secs, _ := strconv.ParseFloat(m[10], 64)
	return Entry{m[1], m[2], at, m[4], m[5], status, n, time.Duration(secs * float64(time.Second))}, nil
}

func percentile(ds []time.Duration, p float64) time.Duration {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	idx := int(float64(len(s)-1) * p)
	return s[idx]
}

func main() {
	var entries []Entry
	var bad int
	sc := bufio.NewScanner(strings.NewReader(logs))
	for sc.Scan() {
		e, err := parse(sc.Text())
		if err != nil {
			bad++
			fmt.Println("skip:", err)
			continue
		}
		entries = append(entries, e)
	}
	fmt.Println(len(entries), "entries,", bad, "bad")
	byClass := map[StatusClass]int{}
	byHalfHour := map[time.Time][]Entry{}
	byIP := map[string][]time.Duration{}
	for _, e := range entries {
		byClass[StatusClass(e.Status/100)]++
		b := e.At.Truncate(30 * time.Minute)
		byHalfHour[b] = append(byHalfHour[b], e)
		byIP[e.IP] = append(byIP[e.IP], e.Latency)
	}
	fmt.Println(byClass)
	buckets := make([]time.Time, 0, len(byHalfHour))
	for b := range byHalfHour {
		buckets = append(buckets, b)
	}
	sort.Slice(buckets, func(i, j int) bool { return buckets[i].Before(buckets[j]) })
	for _, b := range buckets {
		es := byHalfHour[b]
		total := 0
		for _, e := range es {
			total += e.Bytes
		}
		fmt.Printf("%s %-6s %3d req %7d B\n", b.Format("15:04"), strings.Repeat("*", len(es)), len(es), total)
	}
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ip\treqs\tp50\tp90\tmax\t")
	ips := make([]string, 0, len(byIP))
	for ip := range byIP {
		ips = append(ips, ip)
	}
	sort.Slice(ips, func(i, j int) bool {
		if len(byIP[ips[i]]) != len(byIP[ips[j]]) {
			return len(byIP[ips[i]]) > len(byIP[ips[j]])
		}
		return ips[i] < ips[j]
	})
	for _, ip := range ips {
		ds := byIP[ip]
		fmt.Fprintf(tw, "%s\t%d\t%v\t%v\t%v\t\n", ip, len(ds), percentile(ds, .5), percentile(ds, .9), percentile(ds, 1))
	}
	tw.Flush()
	slowest := entries[0]
	for _, e := range entries[1:] {
		if e.Latency > slowest.Latency {
			slowest = e
		}
	}
	fmt.Printf("%+v\n", slowest)
}
