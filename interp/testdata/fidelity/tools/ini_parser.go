package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
)

const ini = `; settings
[server]
host = 0.0.0.0
port = 8080

[database]
user = admin
pass = "s3cret"
[empty]
`

func parse(s string) (map[string]map[string]string, error) {
	out := map[string]map[string]string{}
	section := ""
	sc := bufio.NewScanner(strings.NewReader(s))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, ";"):
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			section = line[1 : len(line)-1]
			out[section] = map[string]string{}
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok || section == "" {
				return nil, fmt.Errorf("line %d: syntax error", n)
			}
			out[section][strings.TrimSpace(k)] = strings.Trim(strings.TrimSpace(v), `"`)
		}
	}
	return out, nil
}

func main() {
	cfg, err := parse(ini)
	if err != nil {
		fmt.Println(err)
		return
	}
	secs := make([]string, 0)
	for s := range cfg {
		secs = append(secs, s)
	}
	sort.Strings(secs)
	for _, s := range secs {
		fmt.Printf("[%s] %v\n", s, cfg[s])
	}
	_, err = parse("key=value")
	fmt.Println(err)
}
