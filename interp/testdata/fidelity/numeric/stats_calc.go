package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Stats struct {
	N                    int
	Mean, Median, StdDev float64
	Min, Max             float64
	P90                  float64
}

func compute(xs []float64) Stats {
	s := Stats{N: len(xs)}
	sorted := append([]float64(nil), xs...)
	sort.Float64s(sorted)
	s.Min, s.Max = sorted[0], sorted[len(sorted)-1]
	sum := 0.0
	for _, x := range xs {
		sum += x
	}
	s.Mean = sum / float64(len(xs))
	if len(sorted)%2 == 1 {
		s.Median = sorted[len(sorted)/2]
	} else {
		s.Median = (sorted[len(sorted)/2-1] + sorted[len(sorted)/2]) / 2
	}
	var ss float64
	for _, x := range xs {
		ss += (x - s.Mean) * (x - s.Mean)
	}
	s.StdDev = math.Sqrt(ss / float64(len(xs)-1))
	rank := 0.9 * float64(len(sorted)-1)
	lo := int(math.Floor(rank))
	hi := int(math.Ceil(rank))
	s.P90 = sorted[lo] + (sorted[hi]-sorted[lo])*(rank-float64(lo))
	return s
}

func histogram(xs []float64, buckets int, lo, hi float64) []int {
	h := make([]int, buckets)
	width := (hi - lo) / float64(buckets)
	for _, x := range xs {
		i := int((x - lo) / width)
		if i >= buckets {
			i = buckets - 1
		}
		h[i]++
	}
	return h
}

func main() {
	data := []float64{23.5, 19.2, 31.8, 27.4, 22.1, 25.0, 29.9, 18.7, 24.3, 26.6, 21.0, 33.2}
	s := compute(data)
	fmt.Printf("%+v\n", s)
	fmt.Printf("n=%d mean=%.3f median=%.2f sd=%.4f min=%g max=%g p90=%.2f\n",
		s.N, s.Mean, s.Median, s.StdDev, s.Min, s.Max, s.P90)
	h := histogram(data, 5, 15, 35)
	for i, c := range h {
		lo := 15 + float64(i)*4
		fmt.Printf("[%4.1f,%4.1f) %-6s %d\n", lo, lo+4, strings.Repeat("#", c), c)
	}
	// z-scores
	for i, x := range data[:5] {
		z := (x - s.Mean) / s.StdDev
		fmt.Printf("z[%d] = %+.3f\n", i, z)
	}
	// running mean with Welford
	var mean, m2 float64
	for i, x := range data {
		n := float64(i + 1)
		d := x - mean
		mean += d / n
		m2 += d * (x - mean)
	}
	fmt.Printf("welford mean=%.6f var=%.6f\n", mean, m2/float64(len(data)-1))
	fmt.Println("geometric mean:", math.Pow(data[0]*data[1]*data[2], 1.0/3))
}
