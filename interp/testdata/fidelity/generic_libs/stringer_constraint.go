package main

import (
	"fmt"
	"sort"
	"strings"
)

type Celsius float64
type Fahrenheit float64

func (c Celsius) String() string    { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }

type Temperature interface {
	~float64
	fmt.Stringer
}

func Warmest[T Temperature](ts []T) T {
	best := ts[0]
	for _, t := range ts[1:] {
		if t > best {
			best = t
		}
	}
	return best
}

func JoinAll[T fmt.Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

type Money struct {
	Cents    int64
	Currency string
}

func (m Money) String() string {
	return fmt.Sprintf("%s %d.%02d", m.Currency, m.Cents/100, m.Cents%100)
}

type Ledger[K comparable, V fmt.Stringer] struct {
	entries map[K]V
}

func (l *Ledger[K, V]) Put(k K, v V) {
	if l.entries == nil {
		l.entries = map[K]V{}
	}
	l.entries[k] = v
}

func (l *Ledger[K, V]) Report(less func(a, b K) bool) string {
	keys := make([]K, 0, len(l.entries))
	for k := range l.entries {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return less(keys[i], keys[j]) })
	var sb strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&sb, "%v: %v\n", k, l.entries[k])
	}
	return sb.String()
}

func main() {
	cs := []Celsius{21.5, 25.25, 19}
	fmt.Println(Warmest(cs), JoinAll(cs, ", "))
	fs := []Fahrenheit{70.1, 68, 75.5}
	w := Warmest(fs)
	fmt.Println(w, float64(w)+1)
	fmt.Printf("%v %s %.2f\n", w, w, float64(w))

	var l Ledger[string, Money]
	l.Put("rent", Money{120000, "EUR"})
	l.Put("coffee", Money{350, "EUR"})
	l.Put("books", Money{4599, "EUR"})
	fmt.Print(l.Report(func(a, b string) bool { return a < b }))

	var byID Ledger[int, Celsius]
	byID.Put(3, 18.5)
	byID.Put(1, 22)
	fmt.Print(byID.Report(func(a, b int) bool { return a < b }))
	fmt.Println(JoinAll([]Money{{1, "USD"}, {250, "GBP"}}, " + "))
}
