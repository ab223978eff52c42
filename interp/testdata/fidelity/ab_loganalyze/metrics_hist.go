package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
)

type Histogram struct {
	Bounds []float64
	Counts []int
	Sum    float64
	N      int
}

func NewHistogram(bounds ...float64) *Histogram {
	return &Histogram{Bounds: bounds, Counts: make([]int, len(bounds)+1)}
}

func (h *Histogram) Observe(v float64) {
	i := sort.SearchFloat64s(h.Bounds, v)
	if i < len(h.Bounds) && h.Bounds[i] == v {
		i++
	}
	h.Counts[i]++
	h.Sum += v
	h.N++
}

func (h *Histogram) Quantile(q float64) float64 {
	target := q * float64(h.N)
	cum := 0
	for i, c := range h.Counts {
		cum += c
		if float64(cum) >= target && c > 0 {
			if i == len(h.Bounds) {
				return math.Inf(1)
			}
			return h.Bounds[i]
		}
	}
	return math.NaN()
}

func (h *Histogram) String() string {
	var b strings.Builder
	prev := "-inf"
	for i, c := range h.Counts {
		hi := "+inf"
		if i < len(h.Bounds) {
			hi = strconv.FormatFloat(h.Bounds[i], 'g', -1, 64)
		}
		fmt.Fprintf(&b, "[%5s,%5s) %-12s %d\n", prev, hi, strings.Repeat("▇", c), c)
		prev = hi
	}
	return b.String()
}

type Sample struct {
	At    time.Time
	Name  string
	Value float64
}

type LineError struct {
	N   int
	Err error
}

func (e *LineError) Error() string { return fmt.Sprintf("line %d: %v", e.N, e.Err) }
func (e *LineError) Unwrap() error { return e.Err }

var ErrFormat = errors.New("want: <rfc3339> <name>=<value>")

func parseLine(n int, s string) (Sample, error) {
	ts, kv, ok := strings.Cut(s, " ")
	if !ok {
		return Sample{}, &LineError{n, ErrFormat}
	}
	at, err := time.Parse(time.RFC3339, ts)
	if err != nil {
		return Sample{}, &LineError{n, err}
	}
	name, val, ok := strings.Cut(kv, "=")
	if !ok {
		return Sample{}, &LineError{n, ErrFormat}
	}
	v, err := strconv.ParseFloat(val, 64)
	if err != nil {
		return Sample{}, &LineError{n, err}
	}
	return Sample{at, name, v}, nil
}

const input = `2024-04-01T10:00:03Z latency=12.5
2024-04-01T12:00:09+02:00 latency=48
2024-04-01T10:01:10Z latency=250
2024-04-01T10:01:11Z latency=NaN
2024-04-01T10:01:30Z size=1024
2024-04-01T06:02:00-04:00 latency=99.9
2024-04-01T10:02:45Z latency=100
not-a-time latency=5
2024-04-01T10:03:00Z latency
2024-04-01T10:03:59Z latency=3
2024-04-01T10:04:00Z latency=1e3
2024-04-01T10:04:30Z latency=-1`

func main() {
	h := NewHistogram(10, 50, 100, 500)
	perMinute := map[string][]float64{}
	var errs []error
	for i, ln := range strings.Split(input, "\n") {
		s, err := parseLine(i+1, ln)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if s.Name != "latency" || math.IsNaN(s.Value) {
			continue
		}
		h.Observe(s.Value)
		key := s.At.UTC().Format("15:04")
		perMinute[key] = append(perMinute[key], s.Value)
	}
	fmt.Print(h)
	fmt.Printf("n=%d mean=%.2f p50=%v p90=%v p99=%v\n", h.N, h.Sum/float64(h.N), h.Quantile(.5), h.Quantile(.9), h.Quantile(.99))
	keys := make([]string, 0, len(perMinute))
	for k := range perMinute {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		vs := perMinute[k]
		sort.Float64s(vs)
		fmt.Printf("%s %v max=%g\n", k, vs, vs[len(vs)-1])
	}
	for _, err := range errs {
		var le *LineError
		var pe *time.ParseError
		errors.As(err, &le)
		switch {
		case errors.Is(err, ErrFormat):
			fmt.Printf("line %2d: format\n", le.N)
		case errors.As(err, &pe):
			fmt.Printf("line %2d: time %q\n", le.N, pe.Value)
		default:
			fmt.Printf("line %2d: %v\n", le.N, err)
		}
	}
	empty := NewHistogram(1)
	fmt.Println(empty.Quantile(0.5), math.Inf(-1), -math.MaxFloat64 < 0)
}
