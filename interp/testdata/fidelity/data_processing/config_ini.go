package main

import (
	"bufio"
	"fmt"
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

func Parse(src string) (*Config, []error) {
	cfg := &Config{sections: map[string]Section{}}
	cur := ""
	var errs []error
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, ";"):
			continue
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			cur = strings.TrimSpace(line[1 : len(line)-1])
			if _, ok := cfg.sections[cur]; !ok {
				cfg.sections[cur] = Section{}
				cfg.order = append(cfg.order, cur)
			}
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				errs = append(errs, ParseError{n, fmt.Sprintf("expected key=value, got %q", line)})
				continue
			}
			if cur == "" {
				errs = append(errs, ParseError{n, "key outside of a section"})
				continue
			}
			v = strings.TrimSpace(v)
			if uq, err := strconv.Unquote(v); err == nil {
				v = uq
			}
			cfg.sections[cur][strings.TrimSpace(k)] = v
		}
	}
	return cfg, errs
}

func (c *Config) Int(section, key string, def int) int {
	v, ok := c.sections[section][key]
	if !ok {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return def
	}
	return n
}

func (c *Config) Bool(section, key string) bool {
	b, _ := strconv.ParseBool(c.sections[section][key])
	return b
}

const input = `
# global settings
orphan = 1
[server]
host = 0.0.0.0
port = 8080
debug = true
banner = "Hello,\tWorld"

[database]
url=postgres://localhost/app
pool = ten
this line is wrong
[server]
timeout = 30
`

func main() {
	cfg, errs := Parse(input)
	for _, e := range errs {
		fmt.Println("warn:", e)
	}
	fmt.Println("sections:", cfg.order)
	for _, name := range cfg.order {
		sec := cfg.sections[name]
		keys := make([]string, 0, len(sec))
		for k := range sec {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Printf("[%s]\n", name)
		for _, k := range keys {
			fmt.Printf("  %-8s = %q\n", k, sec[k])
		}
	}
	fmt.Println(cfg.Int("server", "port", 80), cfg.Int("database", "pool", 5), cfg.Int("x", "y", -1))
	fmt.Println(cfg.Bool("server", "debug"), cfg.Bool("server", "missing"))
	fmt.Println(cfg.sections["server"]["banner"])
	var pe ParseError
	if len(errs) > 0 {
		pe = errs[0].(ParseError)
	}
	fmt.Printf("%+v %v\n", pe, pe)
}
