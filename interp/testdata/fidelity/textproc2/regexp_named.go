package main

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

var logLine = regexp.MustCompile(`^(?P<date>\d{4}-\d{2}-\d{2}) (?P<level>[A-Z]+) \[(?P<module>\w+)\] (?P<msg>.*)$`)

func main() {
	logs := []string{
		"2024-03-01 INFO [auth] user alice logged in",
		"2024-03-01 WARN [db] slow query took 1200ms",
		"2024-03-02 ERROR [auth] invalid token for bob",
		"garbage line",
		"2024-03-02 DEBUG [cache] hit ratio 0.93",
	}
	names := logLine.SubexpNames()
	fmt.Println("groups:", names[1:], "count:", logLine.NumSubexp())
	levelIdx := logLine.SubexpIndex("level")
	counts := map[string]int{}
	for _, l := range logs {
		m := logLine.FindStringSubmatch(l)
		if m == nil {
			fmt.Printf("no match: %q\n", l)
			continue
		}
		fields := map[string]string{}
		for i, n := range names {
			if n != "" {
				fields[n] = m[i]
			}
		}
		counts[m[levelIdx]]++
		fmt.Printf("%s | %-5s | %-5s | %s\n", fields["date"], fields["level"], fields["module"], fields["msg"])
	}
	fmt.Println("ERROR count:", counts["ERROR"], "INFO count:", counts["INFO"])

	tmpl := logLine.ReplaceAllString(logs[1], "${level}@${module}: ${msg}")
	fmt.Println("template:", tmpl)
	var dst []byte
	for _, sm := range logLine.FindAllStringSubmatchIndex(logs[2], -1) {
		dst = logLine.ExpandString(dst, "[$module] $date", logs[2], sm)
	}
	fmt.Println("expand:", string(dst))

	num := regexp.MustCompile(`\d+(\.\d+)?`)
	doubled := num.ReplaceAllStringFunc("3 apples cost 1.25 each, 12 total", func(s string) string {
		f, _ := strconv.ParseFloat(s, 64)
		return strconv.FormatFloat(f*2, 'f', -1, 64)
	})
	fmt.Println("doubled:", doubled)

	camel := regexp.MustCompile(`([a-z0-9])([A-Z])`)
	for _, s := range []string{"parseHTTPRequest", "userID", "simple", "XMLHttpRequest2Go"} {
		snake := strings.ToLower(camel.ReplaceAllString(s, "${1}_${2}"))
		fmt.Printf("%-20s -> %s\n", s, snake)
	}
	emails := regexp.MustCompile(`(?i)\b[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}\b`)
	fmt.Println(emails.FindAllString("Contact: Ann@Example.com, bob@test.org; bad@x, c.d@go.dev", -1))
	fmt.Println(regexp.MustCompile(`a+`).FindAllStringIndex("baaacada", -1))
	fmt.Println(regexp.QuoteMeta("1+1=2? [yes]"))
	_, err := regexp.Compile(`(unclosed`)
	fmt.Println("compile error:", err)
}
