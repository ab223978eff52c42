package main

import (
	"fmt"
	"sort"
	"strings"
)

type Interval struct{ Start, End int }

func (iv Interval) String() string { return fmt.Sprintf("[%d,%d]", iv.Start, iv.End) }

type ByStart []Interval

func (a ByStart) Len() int           { return len(a) }
func (a ByStart) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByStart) Less(i, j int) bool { return a[i].Start < a[j].Start }

func merge(in []Interval) []Interval {
	if len(in) == 0 {
		return nil
	}
	xs := make([]Interval, len(in))
	copy(xs, in)
	sort.Sort(ByStart(xs))
	out := []Interval{xs[0]}
	for _, iv := range xs[1:] {
		last := &out[len(out)-1]
		if iv.Start <= last.End {
			if iv.End > last.End {
				last.End = iv.End
			}
			continue
		}
		out = append(out, iv)
	}
	return out
}

func insert(xs []Interval, n Interval) []Interval {
	return merge(append(xs[:len(xs):len(xs)], n))
}

func freeSlots(busy []Interval, day Interval) []Interval {
	var free []Interval
	cur := day.Start
	for _, b := range merge(busy) {
		if b.Start > cur {
			free = append(free, Interval{cur, b.Start})
		}
		if b.End > cur {
			cur = b.End
		}
	}
	if cur < day.End {
		free = append(free, Interval{cur, day.End})
	}
	return free
}

func render(xs []Interval, width int) string {
	line := []byte(strings.Repeat(".", width))
	for _, x := range xs {
		for i := x.Start; i < x.End && i < width; i++ {
			line[i] = '#'
		}
	}
	return string(line)
}

func main() {
	cases := [][]Interval{
		{{1, 3}, {2, 6}, {8, 10}, {15, 18}},
		{{1, 4}, {4, 5}},
		{{5, 7}, {1, 2}, {2, 3}, {6, 9}},
		{},
	}
	for _, c := range cases {
		fmt.Printf("%v => %v\n", c, merge(c))
	}
	orig := []Interval{{1, 2}, {3, 5}, {6, 7}, {8, 10}, {12, 16}}
	fmt.Println(insert(orig, Interval{4, 8}), orig)
	busy := []Interval{{9, 10}, {12, 13}, {9, 11}, {15, 17}}
	fmt.Println("free:", freeSlots(busy, Interval{8, 18}))
	fmt.Println(render(busy, 20))
	fmt.Println(render(freeSlots(busy, Interval{8, 18}), 20))
	total := 0
	for _, f := range freeSlots(busy, Interval{8, 18}) {
		total += f.End - f.Start
	}
	fmt.Printf("%d free hours, %.0f%% of the day\n", total, float64(total)/10*100)
}
