package main

import (
	"bufio"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

const conf = `
; global settings
name = demo app
debug=true

[server]
host = 127.0.0.1
port = 8080
timeout = 2.5

# comment
[database]
user=admin
max_conns = 25
bad line here
port = 5432
`

type Section map[string]string

type ParseError struct {
	Line int
	Text string
}

func (e ParseError) Error() string { return fmt.Sprintf("line %d: cannot parse %q", e.Line, e.Text) }

func parseINI(src string) (map[string]Section, []error) {
	out := map[string]Section{"": {}}
	cur := ""
	var errs []error
	sc := bufio.NewScanner(strings.NewReader(src))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, ";") || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			cur = strings.TrimSpace(line[1 : len(line)-1])
			if _, ok := out[cur]; !ok {
				out[cur] = Section{}
			}
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			errs = append(errs, ParseError{n, line})
			continue
		}
		out[cur][strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	return out, errs
}

func main() {
	cfg, errs := parseINI(conf)
	for _, e := range errs {
		fmt.Println("warning:", e)
	}
	names := make([]string, 0)
	for n := range cfg {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		fmt.Printf("[%s]\n", n)
		keys := make([]string, 0, len(cfg[n]))
		for k := range cfg[n] {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			fmt.Printf("  %s = %q\n", k, cfg[n][k])
		}
	}
	port, _ := strconv.Atoi(cfg["server"]["port"])
	timeout, _ := strconv.ParseFloat(cfg["server"]["timeout"], 64)
	debug, _ := strconv.ParseBool(cfg[""]["debug"])
	conns, err := strconv.ParseInt(cfg["database"]["max_conns"], 10, 8)
	fmt.Println(port+1, timeout*2, !debug, conns, err)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err)
}
