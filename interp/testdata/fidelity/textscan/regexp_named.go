// Parsing log lines with a regexp of named groups, then rewriting text
// with ReplaceAllString templates and ReplaceAllStringFunc.
package main

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

var logLine = regexp.MustCompile(`^(?P<date>\d{4}-\d{2}-\d{2}) (?P<level>[A-Z]+)\s+\[(?P<mod>\w+)\] (?P<msg>.*?)(?: \((?P<ms>\d+)ms\))?$`)

const logs = `2024-03-01 INFO  [http] GET /index (12ms)
2024-03-01 WARN  [db] slow query (850ms)
2024-03-02 ERROR [http] POST /login failed
not a log line
2024-03-02 INFO  [cache] warmed (3ms)
2024-03-03 INFO  [http] GET /about (7ms)`

type Entry map[string]string

func parse(line string) (Entry, bool) {
	m := logLine.FindStringSubmatch(line)
	if m == nil {
		return nil, false
	}
	e := Entry{}
	for i, name := range logLine.SubexpNames() {
		if name != "" {
			e[name] = m[i]
		}
	}
	return e, true
}

func main() {
	fmt.Println(logLine.NumSubexp(), logLine.SubexpNames()[1:])
	perLevel := map[string]int{}
	totalMs := 0
	for _, line := range strings.Split(logs, "\n") {
		e, ok := parse(line)
		if !ok {
			fmt.Printf("skip %q\n", line)
			continue
		}
		perLevel[e["level"]]++
		if ms, err := strconv.Atoi(e["ms"]); err == nil {
			totalMs += ms
		}
		fmt.Printf("%s %-5s %-6s %q\n", e["date"], e["level"], e["mod"], e["msg"])
	}
	levels := make([]string, 0, len(perLevel))
	for l := range perLevel {
		levels = append(levels, l)
	}
	sort.Strings(levels)
	for _, l := range levels {
		fmt.Print(l, "=", perLevel[l], " ")
	}
	fmt.Println("total ms:", totalMs)

	idx := logLine.SubexpIndex("mod")
	all := logLine.FindAllStringSubmatch(logs, -1)
	fmt.Println("mod index", idx, "single-line matches:", len(all))

	multi := regexp.MustCompile(`(?m)^(\d{4})-(\d{2})-(\d{2})`)
	fmt.Println(multi.ReplaceAllString("2024-03-01 x\n2023-12-31 y", "$3/$2/$1"))

	kv := regexp.MustCompile(`(?P<key>\w+)=(?P<value>"[^"]*"|\S+)`)
	tmpl := []byte{}
	src := `user=ada role="lead dev" id=42`
	for _, sub := range kv.FindAllStringSubmatchIndex(src, -1) {
		tmpl = kv.ExpandString(tmpl, "${key}->$value;", src, sub)
	}
	fmt.Println(string(tmpl))

	words := regexp.MustCompile(`\b[a-z]{4,}\b`)
	fmt.Println(words.ReplaceAllStringFunc("the quick brown fox jumps over lazy dogs", strings.ToUpper))
	fmt.Println(words.FindAllString("tiny words and longer ones", 2))
	fmt.Printf("%q\n", regexp.MustCompile(`\s*[,;]\s*`).Split("a , b;c ;  d", -1))
	fmt.Println(regexp.MustCompile(`a(x*)b`).ReplaceAllString("-ab-axxb-", "${1}W"))
	fmt.Println(regexp.QuoteMeta("1.5+2=[x]"), regexp.MustCompile(`^\d+$`).MatchString("12a"))

	_, err := regexp.Compile(`(unclosed`)
	fmt.Println(err)
	loc := words.FindStringIndex("a b hello")
	fmt.Println(loc, words.String())
}
