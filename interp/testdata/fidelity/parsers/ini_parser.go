package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
)

const config = `
; global settings
name = demo
debug=true

[server]
host = 127.0.0.1
port = 8080

[database]
user = admin
# comment
pass = "s3cr3t"
broken line
`

type INI map[string]map[string]string

func parseINI(src string) (INI, []string) {
	out := INI{"": {}}
	var warnings []string
	section := ""
	sc := bufio.NewScanner(strings.NewReader(src))
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "", strings.HasPrefix(line, ";"), strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			section = line[1 : len(line)-1]
			out[section] = map[string]string{}
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				warnings = append(warnings, fmt.Sprintf("line %d: no '=' in %q", lineNo, line))
				continue
			}
			out[section][strings.TrimSpace(k)] = strings.Trim(strings.TrimSpace(v), `"`)
		}
	}
	return out, warnings
}

func main() {
	ini, warns := parseINI(config)

	sections := make([]string, 0, len(ini))
	for s := range ini {
		sections = append(sections, s)
	}
	sort.Strings(sections)
	for _, s := range sections {
		fmt.Printf("[%s] %v\n", s, ini[s])
	}

	for _, w := range warns {
		fmt.Println("warning:", w)
	}
	fmt.Println(ini["server"]["port"], ini["database"]["pass"], len(ini[""]))
}
