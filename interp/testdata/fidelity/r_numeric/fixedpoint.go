package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// Money stores cents.
type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign = "-"
		m = -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

func FromFloat(f float64) Money { return Money(math.Round(f * 100)) }

type Rate float64

func (r Rate) Apply(m Money) Money { return Money(math.Round(float64(m) * float64(r))) }

type Stats struct {
	N              int
	Mean, Var, Std float64
	Min, Max       float64
}

func describe(xs []float64) Stats {
	s := Stats{N: len(xs), Min: math.Inf(1), Max: math.Inf(-1)}
	for _, x := range xs {
		s.Mean += x
		s.Min = min(s.Min, x)
		s.Max = max(s.Max, x)
	}
	s.Mean /= float64(len(xs))
	for _, x := range xs {
		s.Var += (x - s.Mean) * (x - s.Mean)
	}
	s.Var /= float64(len(xs) - 1)
	s.Std = math.Sqrt(s.Var)
	return s
}

func median(xs []float64) float64 {
	c := append([]float64(nil), xs...)
	sort.Float64s(c)
	if len(c)%2 == 1 {
		return c[len(c)/2]
	}
	return (c[len(c)/2-1] + c[len(c)/2]) / 2
}

func main() {
	prices := []Money{FromFloat(19.99), FromFloat(5.01), FromFloat(0.1), FromFloat(100)}
	var total Money
	for _, p := range prices {
		total += p
	}
	tax := Rate(0.0825).Apply(total)
	fmt.Println("items:", prices)
	fmt.Println("total:", total, "tax:", tax, "grand:", total+tax)
	fmt.Printf("%v %d %s\n", Money(-1234), Money(-1234), Money(5))
	split := total / 3
	fmt.Println("split 3 ways:", split, "remainder:", total-split*3)

	data := []float64{2.5, 3.7, 1.2, 9.8, 4.4, 6.1, 3.3}
	st := describe(data)
	fmt.Printf("%+v\n", st)
	fmt.Printf("n=%d mean=%.4f std=%.4f range=[%g, %g] median=%g\n", st.N, st.Mean, st.Std, st.Min, st.Max, median(data))

	// histogram
	buckets := make([]int, 5)
	for _, x := range data {
		b := int(x / 2)
		b = min(b, len(buckets)-1)
		buckets[b]++
	}
	for i, n := range buckets {
		fmt.Printf("[%2d,%2d) %s\n", i*2, i*2+2, strings.Repeat("*", n))
	}
	fmt.Println(math.IsInf(1/math.Inf(-1), 0), 1/math.Inf(-1), math.Copysign(0, -1))
	var zero float64
	fmt.Println(1/zero, -1/zero, zero/zero == zero/zero)
}
