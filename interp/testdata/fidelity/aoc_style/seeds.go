package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

const almanac = `seeds: 79 14 55 13

seed-to-soil map:
50 98 2
52 50 48

soil-to-fertilizer map:
0 15 37
37 52 2
39 0 15

fertilizer-to-water map:
49 53 8
0 11 42
42 0 7
57 7 4

water-to-light map:
88 18 7
18 25 70

light-to-temperature map:
45 77 23
81 45 19
68 64 13

temperature-to-humidity map:
0 69 1
1 0 69

humidity-to-location map:
60 56 37
56 93 4`

type rangeMap struct {
	dst, src, n int64
}

type stage struct {
	name   string
	ranges []rangeMap
}

func (s stage) apply(v int64) int64 {
	for _, r := range s.ranges {
		if v >= r.src && v < r.src+r.n {
			return r.dst + (v - r.src)
		}
	}
	return v
}

type interval struct{ lo, hi int64 } // [lo, hi)

func (s stage) applyInterval(in []interval) []interval {
	var out []interval
	queue := append([]interval(nil), in...)
	for len(queue) > 0 {
		iv := queue[0]
		queue = queue[1:]
		mapped := false
		for _, r := range s.ranges {
			lo, hi := max(iv.lo, r.src), min(iv.hi, r.src+r.n)
			if lo >= hi {
				continue
			}
			out = append(out, interval{lo - r.src + r.dst, hi - r.src + r.dst})
			if iv.lo < lo {
				queue = append(queue, interval{iv.lo, lo})
			}
			if hi < iv.hi {
				queue = append(queue, interval{hi, iv.hi})
			}
			mapped = true
			break
		}
		if !mapped {
			out = append(out, iv)
		}
	}
	return out
}

func nums(s string) []int64 {
	var out []int64
	for _, f := range strings.Fields(s) {
		v, _ := strconv.ParseInt(f, 10, 64)
		out = append(out, v)
	}
	return out
}

func main() {
	blocks := strings.Split(almanac, "\n\n")
	seeds := nums(strings.TrimPrefix(blocks[0], "seeds:"))
	var stages []stage
	for _, b := range blocks[1:] {
		lines := strings.Split(b, "\n")
		st := stage{name: strings.TrimSuffix(lines[0], " map:")}
		for _, l := range lines[1:] {
			v := nums(l)
			st.ranges = append(st.ranges, rangeMap{v[0], v[1], v[2]})
		}
		stages = append(stages, st)
	}
	best := int64(math.MaxInt64)
	for _, s := range seeds {
		v := s
		path := []string{strconv.FormatInt(v, 10)}
		for _, st := range stages {
			v = st.apply(v)
			path = append(path, strconv.FormatInt(v, 10))
		}
		fmt.Println(strings.Join(path, " -> "))
		best = min(best, v)
	}
	fmt.Println("lowest location:", best)

	var ivs []interval
	for i := 0; i+1 < len(seeds); i += 2 {
		ivs = append(ivs, interval{seeds[i], seeds[i] + seeds[i+1]})
	}
	for _, st := range stages {
		ivs = st.applyInterval(ivs)
		fmt.Printf("%-25s %d intervals\n", st.name, len(ivs))
	}
	best = math.MaxInt64
	for _, iv := range ivs {
		best = min(best, iv.lo)
	}
	fmt.Println("lowest with ranges:", best)
}
