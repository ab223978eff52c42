package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

type Entry struct {
	Level   string
	Msg     string
	Latency time.Duration
	Status  int
	Extra   map[string]string
}

// parseLogfmt understands key=value pairs with optional double quotes.
func parseLogfmt(line string) map[string]string {
	out := map[string]string{}
	for len(line) > 0 {
		line = strings.TrimLeft(line, " ")
		k, rest, ok := strings.Cut(line, "=")
		if !ok {
			break
		}
		var v string
		if strings.HasPrefix(rest, `"`) {
			end := strings.Index(rest[1:], `"`)
			v, line = rest[1:end+1], rest[end+2:]
		} else {
			v, line, _ = strings.Cut(rest, " ")
		}
		out[k] = v
	}
	return out
}

func toEntry(kv map[string]string) (Entry, error) {
	e := Entry{Level: kv["level"], Msg: kv["msg"], Extra: map[string]string{}}
	var err error
	if e.Latency, err = time.ParseDuration(kv["latency"]); err != nil {
		return e, fmt.Errorf("latency: %w", err)
	}
	if e.Status, err = strconv.Atoi(kv["status"]); err != nil {
		return e, fmt.Errorf("status: %w", err)
	}
	for k, v := range kv {
		switch k {
		case "level", "msg", "latency", "status":
		default:
			e.Extra[k] = v
		}
	}
	return e, nil
}

func main() {
	lines := []string{
		`level=info msg="request done" latency=15ms status=200 path=/api`,
		`level=warn msg=slow latency=1.5s status=200 path=/report user=bob`,
		`level=error msg="bad thing" latency=oops status=500`,
	}

	var total time.Duration
	for _, l := range lines {
		e, err := toEntry(parseLogfmt(l))
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		total += e.Latency
		fmt.Printf("%-5s %-14q %8v %d %v\n", e.Level, e.Msg, e.Latency, e.Status, e.Extra)
	}

	fmt.Println("total latency:", total, total.Milliseconds())
}
