package main

import (
	"bufio"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const iniText = `; app config
name = gopad
debug = true

[server]
host = 0.0.0.0
port = 8080
timeout = 30s
port = 9090

[database]
url = "postgres://localhost/app"
pool = ten
[cache
ttl 60
[server]
workers = 4
`

type SyntaxError struct {
	Line int
	Text string
	Msg  string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("line %d: %s: %q", e.Line, e.Msg, e.Text)
}

type Config map[string]map[string]string

func Parse(src string) (Config, error) {
	cfg := Config{"": {}}
	section := ""
	var errs []error
	sc := bufio.NewScanner(strings.NewReader(src))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, ";") || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "["):
			if !strings.HasSuffix(line, "]") {
				errs = append(errs, &SyntaxError{n, line, "unclosed section"})
				continue
			}
			section = strings.TrimSpace(line[1 : len(line)-1])
			if cfg[section] == nil {
				cfg[section] = map[string]string{}
			}
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				errs = append(errs, &SyntaxError{n, line, "expected key = value"})
				continue
			}
			k, v = strings.TrimSpace(k), strings.TrimSpace(v)
			if uq, err := strconv.Unquote(v); err == nil {
				v = uq
			}
			if old, dup := cfg[section][k]; dup {
				errs = append(errs, fmt.Errorf("line %d: %s.%s redefined (was %q)", n, section, k, old))
			}
			cfg[section][k] = v
		}
	}
	return cfg, errors.Join(errs...)
}

func (c Config) Int(sec, key string) (int, error) {
	v, ok := c[sec][key]
	if !ok {
		return 0, fmt.Errorf("%s.%s: missing", sec, key)
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, fmt.Errorf("%s.%s: %w", sec, key, err)
	}
	return n, nil
}

func main() {
	cfg, err := Parse(iniText)
	if err != nil {
		fmt.Println("parse problems:")
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Println("  -", line)
		}
		var se *SyntaxError
		if errors.As(err, &se) {
			fmt.Printf("first syntax error on line %d (%s)\n", se.Line, se.Msg)
		}
	}
	secs := make([]string, 0, len(cfg))
	for s := range cfg {
		secs = append(secs, s)
	}
	sort.Strings(secs)
	for _, s := range secs {
		keys := make([]string, 0, len(cfg[s]))
		for k := range cfg[s] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Printf("[%s]", s)
		for _, k := range keys {
			fmt.Printf(" %s=%s", k, cfg[s][k])
		}
		fmt.Println()
	}
	for _, q := range [][2]string{{"server", "port"}, {"server", "workers"}, {"database", "pool"}, {"cache", "ttl"}} {
		n, err := cfg.Int(q[0], q[1])
		var ne *strconv.NumError
		fmt.Println(n, err, errors.As(err, &ne))
	}
}
