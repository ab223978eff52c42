package main

import (
	"errors"
	"fmt"
	"math"
	"math/rand"
	"sort"
	"strings"
)

type Sample []float64

var ErrEmpty = errors.New("empty sample")

func (s Sample) Mean() (float64, error) {
	if len(s) == 0 {
		return 0, ErrEmpty
	}
	sum := 0.0
	for _, v := range s {
		sum += v
	}
	return sum / float64(len(s)), nil
}

func (s Sample) sorted() Sample {
	c := make(Sample, len(s))
	copy(c, s)
	sort.Float64s(c)
	return c
}

func (s Sample) Median() float64 {
	c := s.sorted()
	n := len(c)
	if n%2 == 1 {
		return c[n/2]
	}
	return (c[n/2-1] + c[n/2]) / 2
}

func (s Sample) Mode() []float64 {
	counts := map[float64]int{}
	best := 0
	for _, v := range s {
		counts[v]++
		if counts[v] > best {
			best = counts[v]
		}
	}
	var modes []float64
	for v, c := range counts {
		if c == best {
			modes = append(modes, v)
		}
	}
	sort.Float64s(modes)
	return modes
}

func (s Sample) StdDev(sampleCorrection bool) float64 {
	m, _ := s.Mean()
	ss := 0.0
	for _, v := range s {
		ss += (v - m) * (v - m)
	}
	d := float64(len(s))
	if sampleCorrection {
		d--
	}
	return math.Sqrt(ss / d)
}

func (s Sample) Percentile(p float64) float64 {
	c := s.sorted()
	rank := p / 100 * float64(len(c)-1)
	lo := int(math.Floor(rank))
	hi := int(math.Ceil(rank))
	return c[lo] + (c[hi]-c[lo])*(rank-float64(lo))
}

func correlation(x, y Sample) float64 {
	mx, _ := x.Mean()
	my, _ := y.Mean()
	var sxy, sxx, syy float64
	for i := range x {
		dx, dy := x[i]-mx, y[i]-my
		sxy += dx * dy
		sxx += dx * dx
		syy += dy * dy
	}
	return sxy / math.Sqrt(sxx*syy)
}

func histogram(s Sample, bins int) {
	c := s.sorted()
	lo, hi := c[0], c[len(c)-1]
	width := (hi - lo) / float64(bins)
	counts := make([]int, bins)
	for _, v := range c {
		i := int((v - lo) / width)
		if i == bins {
			i--
		}
		counts[i]++
	}
	for i, n := range counts {
		fmt.Printf("[%6.2f,%6.2f) %3d %s\n", lo+float64(i)*width, lo+float64(i+1)*width, n, strings.Repeat("*", n))
	}
}

func main() {
	grades := Sample{88, 92, 79, 93, 85, 92, 70, 100, 64, 92, 85, 77}
	m, _ := grades.Mean()
	fmt.Printf("n=%d mean=%.3f median=%.1f mode=%v\n", len(grades), m, grades.Median(), grades.Mode())
	fmt.Printf("pop sd=%.4f sample sd=%.4f\n", grades.StdDev(false), grades.StdDev(true))
	for _, p := range []float64{0, 25, 50, 75, 90, 100} {
		fmt.Printf("p%-3v = %.2f\n", p, grades.Percentile(p))
	}
	_, err := Sample{}.Mean()
	fmt.Println("empty:", err)

	rng := rand.New(rand.NewSource(42))
	var normal, x, y Sample
	for i := 0; i < 500; i++ {
		normal = append(normal, rng.NormFloat64()*10+50)
		xi := rng.Float64() * 10
		x = append(x, xi)
		y = append(y, 2*xi+rng.NormFloat64())
	}
	nm, _ := normal.Mean()
	fmt.Printf("normal: mean=%.3f sd=%.3f median=%.3f\n", nm, normal.StdDev(true), normal.Median())
	histogram(normal, 8)
	fmt.Printf("corr(x,y)=%.4f corr(x,normal)=%.4f\n", correlation(x, y), correlation(x, normal[:len(x)]))
	fmt.Println("ints:", rng.Intn(100), rng.Intn(100), rng.Perm(6))
	z := (100 - m) / grades.StdDev(true)
	fmt.Printf("z-score of 100: %.3f, erf: %.5f\n", z, 0.5*(1+math.Erf(z/math.Sqrt2)))
}
