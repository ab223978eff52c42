package main

import (
	"fmt"
	"sort"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Reading struct {
	Station string
	Values  []Temp
}

func (r Reading) Range() (lo, hi Temp) {
	lo, hi = r.Values[0], r.Values[0]
	for _, v := range r.Values[1:] {
		lo = min(lo, v)
		hi = max(hi, v)
	}
	return
}

func main() {
	readings := []Reading{
		{"north", []Temp{3.5, -1.25, 7, 2}},
		{"south", []Temp{18, 21.5, 19.75}},
		{"east", []Temp{9}},
	}
	for _, r := range readings {
		lo, hi := r.Range()
		fmt.Printf("%-6s lo=%v hi=%v spread=%6.2f\n", r.Station, lo, hi, float64(hi-lo))
	}
	fmt.Println(min(3, 1, 2), max(2.5, 1), min("pear", "apple", "fig"), max('a', 'z'))
	var funcs []func() int
	for i := range 3 {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	seen := map[string]int{"a": 1, "b": 2}
	alias := seen
	clear(seen)
	fmt.Println(len(seen), len(alias), seen)
	buf := []int{4, 5, 6}
	view := buf[1:]
	clear(buf)
	fmt.Println(buf, view, len(buf))
	limits := map[string]Temp{}
	for _, r := range readings {
		lo, hi := r.Range()
		limits[r.Station+".lo"] = lo
		limits[r.Station+".hi"] = hi
	}
	keys := make([]string, 0, len(limits))
	for k := range limits {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%v ", k, limits[k])
	}
	fmt.Println()
	fmt.Println(limits)
	n := 0
	for range 5 {
		n += 2
	}
	var total int64
	for i := range int64(4) {
		total += i
	}
	fmt.Printf("%d %d %T\n", n, total, total)
}
