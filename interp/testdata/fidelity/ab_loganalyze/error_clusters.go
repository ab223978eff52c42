package main

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

const raw = `
ERROR db: connection to 10.0.0.12:5432 refused after 3 attempts
WARN cache: miss ratio 0.42 above 0.30
ERROR db: connection to 10.0.0.13:5432 refused after 5 attempts
ERROR api: request 8f3a2c timed out after 30s
INFO boot: started in 1.2s
ERROR api: request 77bb01 timed out after 30s
ERROR db: connection to 10.0.0.12:5432 refused after 1 attempts
ERROR api: request 9c0ffe timed out after 12s
WARN cache: miss ratio 0.51 above 0.30
ERROR worker: job 1234 panicked: index out of range [5] with length 3
ERROR worker: job 1299 panicked: index out of range [0] with length 0
ERROR worker: job 1300 panicked: nil map write
`

type Rule struct {
	Re   *regexp.Regexp
	Repl string
}

var rules = []Rule{
	{regexp.MustCompile(`\b\d{1,3}(\.\d{1,3}){3}(:\d+)?\b`), "<addr>"},
	{regexp.MustCompile(`\b[0-9a-f]{6}\b`), "<id>"},
	{regexp.MustCompile(`\[\d+\]`), "[<n>]"},
	{regexp.MustCompile(`\b\d+(\.\d+)?(s|ms)?\b`), "<num>"},
}

func template(msg string) string {
	for _, r := range rules {
		msg = r.Re.ReplaceAllString(msg, r.Repl)
	}
	return msg
}

type Cluster struct {
	Level    string
	Template string
	Count    int
	Examples []string
	Values   map[string]int
}

type Clusters map[string]*Cluster

func (cs Clusters) Add(level, msg string) {
	t := template(msg)
	key := level + "|" + t
	c, ok := cs[key]
	if !ok {
		c = &Cluster{Level: level, Template: t, Values: map[string]int{}}
		cs[key] = c
	}
	c.Count++
	if len(c.Examples) < 2 {
		c.Examples = append(c.Examples, msg)
	}
	for _, v := range rules[0].Re.FindAllString(msg, -1) {
		c.Values[v]++
	}
}

func (cs Clusters) Sorted() []*Cluster {
	out := make([]*Cluster, 0, len(cs))
	for _, c := range cs {
		out = append(out, c)
	}
	sev := map[string]int{"ERROR": 0, "WARN": 1, "INFO": 2}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if sev[a.Level] != sev[b.Level] {
			return sev[a.Level] < sev[b.Level]
		}
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		return a.Template < b.Template
	})
	return out
}

func main() {
	cs := Clusters{}
	for _, line := range strings.Split(strings.TrimSpace(raw), "\n") {
		level, msg, ok := strings.Cut(line, " ")
		if !ok {
			continue
		}
		cs.Add(level, msg)
	}
	for i, c := range cs.Sorted() {
		fmt.Printf("#%d %-5s x%d  %s\n", i+1, c.Level, c.Count, c.Template)
		for _, ex := range c.Examples {
			fmt.Printf("      e.g. %s\n", ex)
		}
		if len(c.Values) > 0 {
			fmt.Printf("      addrs %v\n", c.Values)
		}
	}
	fmt.Println(template("retry 3 of 10 in 250ms from 192.168.1.1:80 id deadbe"))
	re := regexp.MustCompile(`(?P<comp>\w+): (?P<rest>.*)`)
	m := re.FindStringSubmatch("db: boom")
	for i, n := range re.SubexpNames() {
		if n != "" {
			fmt.Printf("%s=%q ", n, m[i])
		}
	}
	fmt.Println(re.NumSubexp(), re.SubexpIndex("rest"))
	fmt.Printf("%q\n", rules[3].Re.FindAllString("a 1 b 2.5s c 30ms d x9", -1))
}
