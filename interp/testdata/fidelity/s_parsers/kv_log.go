package main

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

const logs = `ts=2024-03-01T10:00:00Z level=info msg="server started" port=8080
ts=2024-03-01T10:00:05Z level=warn msg="slow request" dur=1.25s path=/api/users
ts=2024-03-01T10:00:07Z level=error msg="db timeout" dur=5s retries=3
ts=2024-03-01T10:01:00Z level=info msg="request" dur=120ms path=/health
garbage line
ts=2024-03-01T10:02:30Z level=warn msg="slow request" dur=2.5s path=/api/orders`

func parseLine(line string) (map[string]string, error) {
	out := map[string]string{}
	for len(line) > 0 {
		line = strings.TrimLeft(line, " ")
		eq := strings.IndexByte(line, '=')
		if eq < 0 {
			return nil, fmt.Errorf("no '=' in %q", line)
		}
		key := line[:eq]
		line = line[eq+1:]
		var val string
		if strings.HasPrefix(line, `"`) {
			q, err := strconv.QuotedPrefix(line)
			if err != nil {
				return nil, err
			}
			val, _ = strconv.Unquote(q)
			line = line[len(q):]
		} else {
			sp := strings.IndexByte(line, ' ')
			if sp < 0 {
				sp = len(line)
			}
			val, line = line[:sp], line[sp:]
		}
		out[key] = val
	}
	return out, nil
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(logs))
	levels := map[string]int{}
	var total time.Duration
	var first, last time.Time
	for n := 1; sc.Scan(); n++ {
		rec, err := parseLine(sc.Text())
		if err != nil {
			fmt.Printf("line %d: %v\n", n, err)
			continue
		}
		levels[rec["level"]]++
		if d, err := time.ParseDuration(rec["dur"]); err == nil {
			total += d
		}
		ts, err := time.Parse(time.RFC3339, rec["ts"])
		if err == nil {
			if first.IsZero() {
				first = ts
			}
			last = ts
		}
		if r, ok := rec["retries"]; ok {
			k, _ := strconv.Atoi(r)
			fmt.Println("retries doubled:", k*2)
		}
	}
	lv := make([]string, 0, len(levels))
	for k := range levels {
		lv = append(lv, k)
	}
	sort.Strings(lv)
	for _, k := range lv {
		fmt.Printf("%s:%d\n", k, levels[k])
	}
	fmt.Println("total dur:", total, "span:", last.Sub(first), first.Format("15:04"), last.Weekday())
}
