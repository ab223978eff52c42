package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Student struct {
	Name   string
	Class  string
	Scores []float64
}

type Summary struct {
	Class  string
	Count  int
	Mean   float64
	Median float64
	StdDev float64
	Best   string
	Grades map[string]int
}

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func median(xs []float64) float64 {
	c := append([]float64(nil), xs...)
	sort.Float64s(c)
	n := len(c)
	if n%2 == 1 {
		return c[n/2]
	}
	return (c[n/2-1] + c[n/2]) / 2
}

func stddev(xs []float64) float64 {
	m := mean(xs)
	v := 0.0
	for _, x := range xs {
		v += (x - m) * (x - m)
	}
	return math.Sqrt(v / float64(len(xs)))
}

func grade(avg float64) string {
	switch {
	case avg >= 90:
		return "A"
	case avg >= 80:
		return "B"
	case avg >= 70:
		return "C"
	default:
		return "D"
	}
}

func main() {
	students := []Student{
		{"Ava", "7a", []float64{88, 92, 79}},
		{"Ben", "7b", []float64{65, 70, 72}},
		{"Cleo", "7a", []float64{95, 98, 91}},
		{"Dev", "7b", []float64{80, 85, 83}},
		{"Eli", "7a", []float64{72, 68, 75}},
		{"Fin", "7c", []float64{100}},
		{"Gus", "7b", []float64{90, 91, 60}},
	}
	groups := map[string][]Student{}
	for _, s := range students {
		groups[s.Class] = append(groups[s.Class], s)
	}
	var sums []Summary
	for class, members := range groups {
		var avgs []float64
		sm := Summary{Class: class, Count: len(members), Grades: map[string]int{}}
		bestAvg := -1.0
		for _, m := range members {
			a := mean(m.Scores)
			avgs = append(avgs, a)
			sm.Grades[grade(a)]++
			if a > bestAvg {
				bestAvg, sm.Best = a, m.Name
			}
		}
		sm.Mean, sm.Median, sm.StdDev = mean(avgs), median(avgs), stddev(avgs)
		sums = append(sums, sm)
	}
	sort.Slice(sums, func(i, j int) bool { return sums[i].Mean > sums[j].Mean })

	fmt.Printf("%-5s %5s %8s %8s %8s  %-6s %s\n", "class", "n", "mean", "median", "stddev", "best", "grades")
	fmt.Println(strings.Repeat("-", 56))
	for _, s := range sums {
		var gs []string
		for _, g := range []string{"A", "B", "C", "D"} {
			if n := s.Grades[g]; n > 0 {
				gs = append(gs, fmt.Sprintf("%s:%d", g, n))
			}
		}
		fmt.Printf("%-5s %5d %8.2f %8.2f %8.3f  %-6s %s\n", s.Class, s.Count, s.Mean, s.Median, s.StdDev, s.Best, strings.Join(gs, ","))
	}
	fmt.Printf("%+v\n", sums[len(sums)-1])

	hist := map[int]int{}
	for _, s := range students {
		for _, sc := range s.Scores {
			hist[int(sc)/10*10]++
		}
	}
	buckets := make([]int, 0, len(hist))
	for b := range hist {
		buckets = append(buckets, b)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(buckets)))
	for _, b := range buckets {
		fmt.Printf("%3d-%-3d %s\n", b, b+9, strings.Repeat("█", hist[b]))
	}
}
