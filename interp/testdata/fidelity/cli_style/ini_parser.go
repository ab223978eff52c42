package main

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

type Section map[string]string

type Config struct {
	sections map[string]Section
	order    []string
}

type ParseError struct {
	Line int
	Msg  string
}

func (e ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func Parse(r io.Reader) (*Config, error) {
	cfg := &Config{sections: map[string]Section{}}
	cur := ""
	cfg.sections[cur] = Section{}
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "", strings.HasPrefix(line, ";"), strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "["):
			if !strings.HasSuffix(line, "]") {
				return nil, ParseError{n, "unterminated section header"}
			}
			cur = strings.TrimSpace(line[1 : len(line)-1])
			if _, ok := cfg.sections[cur]; !ok {
				cfg.sections[cur] = Section{}
				cfg.order = append(cfg.order, cur)
			}
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				return nil, ParseError{n, fmt.Sprintf("expected key=value, got %q", line)}
			}
			v = strings.TrimSpace(v)
			if uq, err := strconv.Unquote(v); err == nil {
				v = uq
			}
			cfg.sections[cur][strings.TrimSpace(k)] = v
		}
	}
	return cfg, sc.Err()
}

func (c *Config) Get(sec, key string) (string, bool) {
	s, ok := c.sections[sec]
	if !ok {
		return "", false
	}
	v, ok := s[key]
	return v, ok
}

func (c *Config) Int(sec, key string, def int) int {
	v, ok := c.Get(sec, key)
	if !ok {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return def
	}
	return n
}

const input = `
; global settings
name = demo app
debug = true

[server]
host = 0.0.0.0
port = 8080
greeting = "hello\tworld\n"

[database]
# the usual
user=admin
pass = "s3cr=t"
pool = many

[server]
timeout = 30
`

func main() {
	cfg, err := Parse(strings.NewReader(input))
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println("sections:", cfg.order)
	for _, name := range append([]string{""}, cfg.order...) {
		sec := cfg.sections[name]
		keys := make([]string, 0, len(sec))
		for k := range sec {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Printf("[%s] (%d keys)\n", name, len(keys))
		for _, k := range keys {
			fmt.Printf("  %-10s = %q\n", k, sec[k])
		}
	}
	fmt.Println("port:", cfg.Int("server", "port", 80))
	fmt.Println("pool:", cfg.Int("database", "pool", 5))
	fmt.Println("missing:", cfg.Int("cache", "size", -1))
	b, _ := strconv.ParseBool(cfg.sections[""]["debug"])
	fmt.Println("debug:", b)

	for _, bad := range []string{"[oops\nx=1", "a=1\njustakey\n"} {
		_, err := Parse(strings.NewReader(bad))
		fmt.Printf("%v (%T)\n", err, err)
		if pe, ok := err.(ParseError); ok {
			fmt.Println("  at line", pe.Line)
		}
	}
}
