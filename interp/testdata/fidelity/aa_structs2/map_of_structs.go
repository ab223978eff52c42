package main

import (
	"fmt"
	"sort"
	"strings"
)

type Stats struct {
	Count int
	Sum   float64
	Tags  map[string]bool
	Hist  [3]int
}

func (s Stats) Mean() float64 {
	if s.Count == 0 {
		return 0
	}
	return s.Sum / float64(s.Count)
}

type Key struct {
	Region string
	Year   int
}

func main() {
	data := []struct {
		k Key
		v float64
		t string
	}{
		{Key{"eu", 2023}, 10, "a"}, {Key{"us", 2023}, 5, "b"}, {Key{"eu", 2023}, 20, "b"},
		{Key{"eu", 2024}, 1, "a"}, {Key{"us", 2023}, 7, "a"},
	}
	agg := map[Key]Stats{}
	ptrs := map[Key]*Stats{}
	for _, d := range data {
		s := agg[d.k]
		s.Count++
		s.Sum += d.v
		if s.Tags == nil {
			s.Tags = map[string]bool{}
		}
		s.Tags[d.t] = true
		s.Hist[int(d.v)%3]++
		agg[d.k] = s

		p, ok := ptrs[d.k]
		if !ok {
			p = &Stats{Tags: map[string]bool{}}
			ptrs[d.k] = p
		}
		p.Count++
		p.Sum += d.v
	}
	keys := make([]Key, 0, len(agg))
	for k := range agg {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].Region != keys[j].Region {
			return keys[i].Region < keys[j].Region
		}
		return keys[i].Year < keys[j].Year
	})
	for _, k := range keys {
		s := agg[k]
		var tags []string
		for t := range s.Tags {
			tags = append(tags, t)
		}
		sort.Strings(tags)
		fmt.Printf("%v n=%d mean=%.2f tags=%s hist=%v ptr=%+v\n", k, s.Count, s.Mean(), strings.Join(tags, ","), s.Hist, ptrs[k].Count)
	}
	fmt.Println(agg[Key{"eu", 2023}].Tags, agg[Key{"xx", 1}].Mean(), len(agg))
	snapshot := agg[Key{"eu", 2023}]
	snapshot.Hist[0] = 99
	snapshot.Tags["new"] = true
	fmt.Println(agg[Key{"eu", 2023}].Hist, len(agg[Key{"eu", 2023}].Tags))
	fmt.Println(agg[Key{"us", 2023}])
}
