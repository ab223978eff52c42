package main

import (
	"bufio"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

type Priority int

const (
	Low Priority = iota
	Normal
	High
	Urgent
)

var prioNames = map[string]Priority{"low": Low, "normal": Normal, "high": High, "urgent": Urgent}

func (p Priority) String() string {
	for k, v := range prioNames {
		if v == p {
			return strings.ToUpper(k[:1]) + k[1:]
		}
	}
	return "?"
}

func (p Priority) SLA() time.Duration {
	return [...]time.Duration{72 * time.Hour, 24 * time.Hour, 8 * time.Hour, 2 * time.Hour}[p]
}

type Ticket struct {
	ID       int
	Opened   time.Time
	Closed   time.Time
	Priority Priority
	Agent    string
}

type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

var ErrBadPriority = errors.New("bad priority")

const log = `# id opened closed priority agent
1 2025-01-06T09:00 2025-01-06T10:30 urgent kim
2 2025-01-06T09:15 2025-01-07T12:00 normal lee
3 2025-01-06T11:00 2025-01-06T20:00 high kim
4 2025-01-07T08:00 2025-01-10T08:00 low lee
5 2025-01-07T09:30 2025-01-07T11:45 urgent max
6 2025-01-07T10:00 nope high max
7 2025-01-08T10:00 2025-01-08T12:00 critical kim
8 2025-01-08T13:00 2025-01-08T14:00 high max`

func parse(s string) ([]Ticket, []error) {
	var out []Ticket
	var errs []error
	sc := bufio.NewScanner(strings.NewReader(s))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		id, err := strconv.Atoi(f[0])
		if err != nil {
			errs = append(errs, &ParseError{n, err})
			continue
		}
		opened, err1 := time.Parse("2006-01-02T15:04", f[1])
		closed, err2 := time.Parse("2006-01-02T15:04", f[2])
		if err := errors.Join(err1, err2); err != nil {
			errs = append(errs, &ParseError{n, err})
			continue
		}
		p, ok := prioNames[f[3]]
		if !ok {
			errs = append(errs, &ParseError{n, fmt.Errorf("%w %q", ErrBadPriority, f[3])})
			continue
		}
		out = append(out, Ticket{id, opened, closed, p, f[4]})
	}
	return out, errs
}

func main() {
	tickets, errs := parse(log)
	for _, e := range errs {
		var pe *ParseError
		errors.As(e, &pe)
		fmt.Printf("skip line %d (bad priority: %v): %v\n", pe.Line, errors.Is(e, ErrBadPriority), e)
	}
	type agg struct {
		count    int
		total    time.Duration
		breached []int
	}
	byAgent := map[string]*agg{}
	for _, t := range tickets {
		a := byAgent[t.Agent]
		if a == nil {
			a = &agg{}
			byAgent[t.Agent] = a
		}
		d := t.Closed.Sub(t.Opened)
		a.count++
		a.total += d
		if d > t.Priority.SLA() {
			a.breached = append(a.breached, t.ID)
		}
		fmt.Printf("#%d %-7v %-9v sla %-4v ok=%v\n", t.ID, t.Priority, d, t.Priority.SLA(), d <= t.Priority.SLA())
	}
	agents := make([]string, 0, len(byAgent))
	for k := range byAgent {
		agents = append(agents, k)
	}
	sort.Strings(agents)
	for _, name := range agents {
		a := byAgent[name]
		avg := a.total / time.Duration(a.count)
		fmt.Printf("%-4s tickets=%d avg=%v breached=%v\n", name, a.count, avg.Round(time.Minute), a.breached)
	}
}
