package main

import (
	"bufio"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

const logs = `2024-05-01 12:00:01 INFO  user=alice action=login latency=12ms
2024-05-01 12:00:05 WARN  user=bob action=upload latency=250ms size=10MB
2024-05-01 12:01:10 ERROR user=alice action=upload latency=1200ms err="disk full"
2024-05-01 12:02:00 INFO  user=carol action=login latency=8ms
garbage line here
2024-05-01 12:03:30 INFO  user=bob action=logout latency=3ms`

var lineRe = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) (\w+)\s+(.*)$`)
var kvRe = regexp.MustCompile(`(\w+)=("[^"]*"|\S+)`)

type entry struct {
	time   string
	level  string
	fields map[string]string
}

func main() {
	var entries []entry
	sc := bufio.NewScanner(strings.NewReader(logs))
	n := 0
	for sc.Scan() {
		n++
		m := lineRe.FindStringSubmatch(sc.Text())
		if m == nil {
			fmt.Printf("line %d: no match: %q\n", n, sc.Text())
			continue
		}
		e := entry{time: m[2], level: m[3], fields: map[string]string{}}
		for _, kv := range kvRe.FindAllStringSubmatch(m[4], -1) {
			e.fields[kv[1]] = strings.Trim(kv[2], `"`)
		}
		entries = append(entries, e)
	}
	perUser := map[string]int{}
	var total int
	for _, e := range entries {
		ms, err := strconv.Atoi(strings.TrimSuffix(e.fields["latency"], "ms"))
		if err != nil {
			fmt.Println(err)
			continue
		}
		perUser[e.fields["user"]] += ms
		total += ms
		if e.level != "INFO" {
			fmt.Printf("%s %-5s %s %v\n", e.time, e.level, e.fields["action"], e.fields["err"])
		}
	}
	users := make([]string, 0, len(perUser))
	for u := range perUser {
		users = append(users, u)
	}
	sort.Slice(users, func(i, j int) bool { return perUser[users[i]] > perUser[users[j]] })
	for _, u := range users {
		fmt.Printf("%-6s %5dms %5.1f%%\n", u, perUser[u], 100*float64(perUser[u])/float64(total))
	}
	fmt.Println(lineRe.NumSubexp(), lineRe.SubexpNames())
	re := regexp.MustCompile(`(?P<user>\w+)@(?P<host>[\w.]+)`)
	m := re.FindStringSubmatch("mail bob@example.org now")
	for i, name := range re.SubexpNames() {
		if name != "" {
			fmt.Printf("%s=%s ", name, m[i])
		}
	}
	fmt.Println()
	fmt.Println(re.ReplaceAllString("a@b.c and d@e.f", "${host}:${user}"))
	fmt.Println(kvRe.FindAllStringIndex("a=1 b=2", -1))
}
