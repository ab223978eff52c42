package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Sample []float64

func (s Sample) Mean() float64 {
	t := 0.0
	for _, v := range s {
		t += v
	}
	return t / float64(len(s))
}

func (s Sample) StdDev() float64 {
	m := s.Mean()
	v := 0.0
	for _, x := range s {
		v += (x - m) * (x - m)
	}
	return math.Sqrt(v / float64(len(s)-1))
}

func (s Sample) Quantile(q float64) float64 {
	c := append(Sample(nil), s...)
	sort.Float64s(c)
	pos := q * float64(len(c)-1)
	lo := int(math.Floor(pos))
	hi := int(math.Ceil(pos))
	return c[lo] + (c[hi]-c[lo])*(pos-float64(lo))
}

func (s Sample) Histogram(bins int) ([]int, float64, float64) {
	lo, hi := s[0], s[0]
	for _, v := range s {
		lo, hi = math.Min(lo, v), math.Max(hi, v)
	}
	counts := make([]int, bins)
	w := (hi - lo) / float64(bins)
	for _, v := range s {
		i := int((v - lo) / w)
		if i == bins {
			i--
		}
		counts[i]++
	}
	return counts, lo, w
}

func lcg(seed uint32) func() float64 {
	x := seed
	return func() float64 {
		x = x*1664525 + 1013904223
		return float64(x) / float64(math.MaxUint32)
	}
}

func main() {
	rnd := lcg(7)
	var s Sample
	for i := 0; i < 500; i++ {
		// sum of 4 uniforms ~ roughly normal
		s = append(s, (rnd()+rnd()+rnd()+rnd())*25)
	}
	fmt.Printf("n=%d mean=%.3f sd=%.3f\n", len(s), s.Mean(), s.StdDev())
	for _, q := range []float64{0, 0.25, 0.5, 0.75, 0.99, 1} {
		fmt.Printf("q%-4v %7.3f\n", q, s.Quantile(q))
	}
	counts, lo, w := s.Histogram(10)
	peak := 0
	for _, c := range counts {
		peak = max(peak, c)
	}
	for i, c := range counts {
		bar := strings.Repeat("█", c*40/peak)
		fmt.Printf("%6.1f-%6.1f %3d %s\n", lo+float64(i)*w, lo+float64(i+1)*w, c, bar)
	}
	small := Sample{2, 4, 4, 4, 5, 5, 7, 9}
	fmt.Println(small.Mean(), math.Round(small.StdDev()*1000)/1000, small.Quantile(0.5))
	fmt.Println(math.Inf(1), -math.MaxFloat64, math.NaN() == math.NaN(), math.Hypot(3, 4), math.Trunc(-2.7), math.Mod(7, -3))
}
