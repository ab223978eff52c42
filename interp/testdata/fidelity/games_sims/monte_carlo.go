package main

import (
	"fmt"
	"math"
	"math/rand"
	"sort"
	"strings"
)

type Stats struct {
	N             int
	Mean, Std     float64
	Min, Max, Med float64
}

func summarize(xs []float64) Stats {
	s := Stats{N: len(xs), Min: math.Inf(1), Max: math.Inf(-1)}
	for _, x := range xs {
		s.Mean += x
		s.Min = math.Min(s.Min, x)
		s.Max = math.Max(s.Max, x)
	}
	s.Mean /= float64(len(xs))
	for _, x := range xs {
		s.Std += (x - s.Mean) * (x - s.Mean)
	}
	s.Std = math.Sqrt(s.Std / float64(len(xs)-1))
	c := append([]float64(nil), xs...)
	sort.Float64s(c)
	s.Med = c[len(c)/2]
	return s
}

func estimatePi(r *rand.Rand, n int) float64 {
	in := 0
	for i := 0; i < n; i++ {
		x, y := r.Float64(), r.Float64()
		if x*x+y*y <= 1 {
			in++
		}
	}
	return 4 * float64(in) / float64(n)
}

func randomWalk(r *rand.Rand, steps int) (int, int) {
	x, y := 0, 0
	for i := 0; i < steps; i++ {
		switch r.Intn(4) {
		case 0:
			x++
		case 1:
			x--
		case 2:
			y++
		default:
			y--
		}
	}
	return x, y
}

func main() {
	r := rand.New(rand.NewSource(2023))
	for _, n := range []int{100, 1000, 10000, 100000} {
		pi := estimatePi(r, n)
		fmt.Printf("n=%-6d pi≈%.5f err=%.5f\n", n, pi, math.Abs(pi-math.Pi))
	}
	var dists []float64
	for i := 0; i < 200; i++ {
		x, y := randomWalk(r, 100)
		dists = append(dists, math.Hypot(float64(x), float64(y)))
	}
	st := summarize(dists)
	fmt.Printf("%+v\n", st)
	fmt.Printf("mean %.3f std %.3f (sqrt(100)=%.1f)\n", st.Mean, st.Std, math.Sqrt(100))

	norms := make([]float64, 5000)
	for i := range norms {
		norms[i] = r.NormFloat64()*2 + 10
	}
	ns := summarize(norms)
	fmt.Printf("normal: mean=%.2f std=%.2f min=%.2f max=%.2f\n", ns.Mean, ns.Std, ns.Min, ns.Max)
	buckets := make([]int, 10)
	for _, v := range norms {
		b := int((v - 4) / 1.2)
		if b >= 0 && b < len(buckets) {
			buckets[b]++
		}
	}
	for i, c := range buckets {
		fmt.Printf("%5.1f %s\n", 4+float64(i)*1.2, strings.Repeat("=", c/25))
	}
	birthday := 0
	for trial := 0; trial < 2000; trial++ {
		seen := map[int]bool{}
		for p := 0; p < 23; p++ {
			d := r.Intn(365)
			if seen[d] {
				birthday++
				break
			}
			seen[d] = true
		}
	}
	fmt.Printf("birthday paradox: %.3f\n", float64(birthday)/2000)
	fmt.Println(r.ExpFloat64() > 0, r.Int31n(10), r.Uint32()%7)
}
