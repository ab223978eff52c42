package main

import (
	"bufio"
	"fmt"
	"strings"
)

const input = `# config
host = example.com
port=8080

  debug = true
bad line
`

func main() {
	sc := bufio.NewScanner(strings.NewReader(input))
	cfg := map[string]string{}
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			fmt.Printf("line %d: missing '=': %q\n", lineNo, line)
			continue
		}
		cfg[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	fmt.Println(cfg, sc.Err())
}
