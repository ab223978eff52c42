package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"
)

type Sample struct {
	Host    string
	Latency float64
}

type ByLatency []Sample

func (b ByLatency) Len() int           { return len(b) }
func (b ByLatency) Less(i, j int) bool { return b[i].Latency < b[j].Latency }
func (b ByLatency) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func percentile(sorted []float64, p float64) float64 {
	if len(sorted) == 0 {
		return math.NaN()
	}
	rank := p / 100 * float64(len(sorted)-1)
	lo := int(math.Floor(rank))
	hi := int(math.Ceil(rank))
	frac := rank - float64(lo)
	return sorted[lo]*(1-frac) + sorted[hi]*frac
}

func main() {
	samples := []Sample{
		{"a", 12.5}, {"b", 7.25}, {"a", 30}, {"c", 7.25}, {"b", 101.75},
		{"c", 15}, {"a", 9.5}, {"b", 22}, {"c", math.Inf(1)}, {"a", 0.5},
	}
	sort.Sort(ByLatency(samples))
	for _, s := range samples {
		fmt.Printf("%s:%g ", s.Host, s.Latency)
	}
	fmt.Println()

	var vals []float64
	for _, s := range samples {
		if !math.IsInf(s.Latency, 0) {
			vals = append(vals, s.Latency)
		}
	}
	for _, p := range []float64{0, 25, 50, 90, 99, 100} {
		fmt.Printf("p%-3g = %8.3f\n", p, percentile(vals, p))
	}
	byHost := map[string][]float64{}
	for _, s := range samples {
		byHost[s.Host] = append(byHost[s.Host], s.Latency)
	}
	hosts := make([]string, 0)
	for h := range byHost {
		hosts = append(hosts, h)
	}
	sort.Strings(hosts)
	for _, h := range hosts {
		v := byHost[h]
		slices.Sort(v)
		mid := len(v) / 2
		med := v[mid]
		if len(v)%2 == 0 {
			med = (v[mid-1] + v[mid]) / 2
		}
		fmt.Printf("%s n=%d min=%v max=%v median=%v\n", h, len(v), v[0], v[len(v)-1], med)
	}
	nums := []float64{3, math.NaN(), 1, 2}
	slices.Sort(nums)
	fmt.Println(nums)
	fmt.Println(cmp.Compare(math.NaN(), 1.0), cmp.Compare(1.0, math.NaN()), cmp.Compare(math.NaN(), math.NaN()))
	fmt.Println(slices.Max([]float64{1, 5, 3}), slices.Min([]int{4, -2, 8}))
	type pair struct {
		k string
		v int
	}
	ps := []pair{{"x", 2}, {"y", 1}, {"z", 2}, {"w", 1}}
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].v > ps[j].v })
	fmt.Println(ps)
	fmt.Printf("%+v\n", ps[0])
}
