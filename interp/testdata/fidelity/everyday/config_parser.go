package main

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

const raw = `# server configuration
[server]
host = 0.0.0.0
port = 8080
timeout = 30s
debug = true

[database]
url = "postgres://localhost/app"
pool = 10
; old style comment
retries = 3x

[features]
beta = off
`

type Config map[string]map[string]string

func Parse(s string) (Config, []error) {
	cfg := Config{}
	var errs []error
	section := "default"
	sc := bufio.NewScanner(strings.NewReader(s))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || line[0] == '#' || line[0] == ';':
			continue
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			section = line[1 : len(line)-1]
			continue
		}
		key, val, ok := strings.Cut(line, "=")
		if !ok {
			errs = append(errs, fmt.Errorf("line %d: expected key = value", n))
			continue
		}
		if cfg[section] == nil {
			cfg[section] = map[string]string{}
		}
		cfg[section][strings.TrimSpace(key)] = strings.Trim(strings.TrimSpace(val), `"`)
	}
	return cfg, errs
}

func (c Config) Int(sec, key string, def int) (int, error) {
	v, ok := c[sec][key]
	if !ok {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return def, fmt.Errorf("%s.%s: %w", sec, key, err)
	}
	return n, nil
}

func (c Config) Bool(sec, key string) bool {
	switch strings.ToLower(c[sec][key]) {
	case "1", "true", "yes", "on":
		return true
	}
	return false
}

func (c Config) Duration(sec, key string) time.Duration {
	d, err := time.ParseDuration(c[sec][key])
	if err != nil {
		return 0
	}
	return d
}

func main() {
	cfg, errs := Parse(raw)
	fmt.Println("parse errors:", len(errs))
	secs := make([]string, 0, len(cfg))
	for s := range cfg {
		secs = append(secs, s)
	}
	sort.Strings(secs)
	for _, s := range secs {
		keys := make([]string, 0)
		for k := range cfg[s] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Printf("[%s]\n", s)
		for _, k := range keys {
			fmt.Printf("  %-8s = %q\n", k, cfg[s][k])
		}
	}
	port, err := cfg.Int("server", "port", 80)
	fmt.Println("port", port, err)
	retries, err := cfg.Int("database", "retries", 1)
	fmt.Println("retries", retries, err)
	workers, err := cfg.Int("server", "workers", 4)
	fmt.Println("workers", workers, err)
	fmt.Println("debug", cfg.Bool("server", "debug"), "beta", cfg.Bool("features", "beta"))
	t := cfg.Duration("server", "timeout")
	fmt.Println("timeout", t, t.Seconds(), t+1500*time.Millisecond)
}
