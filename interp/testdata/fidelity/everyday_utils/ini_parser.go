package main

import (
	"bufio"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Section map[string]string

type Config struct {
	Sections map[string]Section
	order    []string
}

type ParseError struct {
	Line int
	Msg  string
}

func (e ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func Parse(src string) (*Config, error) {
	cfg := &Config{Sections: map[string]Section{}}
	cur := ""
	var errs []error
	sc := bufio.NewScanner(strings.NewReader(src))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == ';' || line[0] == '#' {
			continue
		}
		if strings.HasPrefix(line, "[") {
			if !strings.HasSuffix(line, "]") {
				errs = append(errs, ParseError{n, "unclosed section"})
				continue
			}
			cur = strings.TrimSpace(line[1 : len(line)-1])
			if _, ok := cfg.Sections[cur]; !ok {
				cfg.Sections[cur] = Section{}
				cfg.order = append(cfg.order, cur)
			}
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			errs = append(errs, ParseError{Line: n, Msg: fmt.Sprintf("no '=' in %q", line)})
			continue
		}
		if cur == "" {
			cur = "default"
			cfg.Sections[cur] = Section{}
			cfg.order = append(cfg.order, cur)
		}
		cfg.Sections[cur][strings.TrimSpace(k)] = strings.Trim(strings.TrimSpace(v), `"`)
	}
	return cfg, errors.Join(errs...)
}

func (c *Config) Int(sec, key string, def int) int {
	if v, ok := c.Sections[sec][key]; ok {
		if n, err := strconv.Atoi(v); err == nil {
			return n
		}
	}
	return def
}

func (c *Config) Bool(sec, key string) bool {
	b, _ := strconv.ParseBool(c.Sections[sec][key])
	return b
}

const input = `
name = demo
; comment
[server]
host = "localhost"
port = 8080
debug = true
[database
[database]
user=admin
timeout = 30s
pool = x12
oops
[server]
workers = 4
`

func main() {
	cfg, err := Parse(input)
	if err != nil {
		fmt.Println("errors:")
		fmt.Println(err)
		var pe ParseError
		fmt.Println(errors.As(err, &pe), pe.Line, pe)
	}
	for _, s := range cfg.order {
		keys := make([]string, 0, len(cfg.Sections[s]))
		for k := range cfg.Sections[s] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Printf("[%s]\n", s)
		for _, k := range keys {
			fmt.Printf("  %-8s = %q\n", k, cfg.Sections[s][k])
		}
	}
	fmt.Println(cfg.Int("server", "port", 80), cfg.Int("database", "pool", 10), cfg.Int("x", "y", -1))
	fmt.Println(cfg.Bool("server", "debug"), cfg.Bool("server", "host"))
	fmt.Println(cfg.Sections["server"])
	fmt.Printf("%v\n", cfg.Sections["default"])
}
