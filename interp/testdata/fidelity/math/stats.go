package main

import (
	"fmt"
	"math"
	"sort"
)

func stats(xs []float64) (mean, median, stddev float64) {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	for _, x := range s {
		mean += x
	}
	mean /= float64(len(s))
	if len(s)%2 == 1 {
		median = s[len(s)/2]
	} else {
		median = (s[len(s)/2-1] + s[len(s)/2]) / 2
	}
	for _, x := range s {
		stddev += (x - mean) * (x - mean)
	}
	stddev = math.Sqrt(stddev / float64(len(s)))
	return
}

func main() {
	data := []float64{2, 4, 4, 4, 5, 5, 7, 9}
	m, med, sd := stats(data)
	fmt.Printf("mean=%.2f median=%.2f sd=%.2f\n", m, med, sd)

	m, med, sd = stats([]float64{1.5, 2.5, 10})
	fmt.Println(m, med, sd)
	fmt.Println(data)
}
