package main

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Settings map[string]map[string]string

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func parseINI(src string) (Settings, []error) {
	s := Settings{}
	section := "default"
	var errs []error
	sc := bufio.NewScanner(strings.NewReader(src))
	for ln := 1; sc.Scan(); ln++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, ";"):
			continue
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			section = strings.TrimSpace(line[1 : len(line)-1])
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			errs = append(errs, &ParseError{ln, fmt.Sprintf("missing '=' in %q", line)})
			continue
		}
		if s[section] == nil {
			s[section] = map[string]string{}
		}
		s[section][strings.TrimSpace(k)] = strings.Trim(strings.TrimSpace(v), `"`)
	}
	return s, errs
}

func (s Settings) Int(sec, key string, def int) int {
	if v, ok := s[sec][key]; ok {
		if n, err := strconv.Atoi(v); err == nil {
			return n
		}
	}
	return def
}

func (s Settings) Bool(sec, key string) bool {
	b, _ := strconv.ParseBool(s[sec][key])
	return b
}

const ini = `
; sample config
name = demo
[server]
port = 8080
debug = true
host = "0.0.0.0"
broken line
[db]
pool=10
timeout = 2.5s
[empty]
`

func main() {
	s, errs := parseINI(ini)
	secs := make([]string, 0, len(s))
	for k := range s {
		secs = append(secs, k)
	}
	sort.Strings(secs)
	for _, sec := range secs {
		keys := make([]string, 0)
		for k := range s[sec] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Printf("[%s]\n", sec)
		for _, k := range keys {
			fmt.Printf("  %-8s= %q\n", k, s[sec][k])
		}
	}
	for _, e := range errs {
		var pe *ParseError
		fmt.Println(e, fmt.Sprintf("%T", e), e.(*ParseError).Line)
		_ = pe
	}
	fmt.Println(s.Int("server", "port", 0), s.Int("db", "pool", 1), s.Int("db", "timeout", -1), s.Int("nope", "x", 42))
	fmt.Println(s.Bool("server", "debug"), s.Bool("server", "host"), len(s["empty"]), s["empty"] == nil)
}
