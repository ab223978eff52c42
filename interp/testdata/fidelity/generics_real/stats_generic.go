package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Summary[T Number] struct {
	Count    int
	Min, Max T
	Mean     float64
	Median   float64
	Mode     []T
}

func Summarize[T Number](xs []T) (Summary[T], error) {
	var s Summary[T]
	if len(xs) == 0 {
		return s, fmt.Errorf("summarize: empty input")
	}
	sorted := slices.Clone(xs)
	slices.Sort(sorted)
	s.Count = len(xs)
	s.Min, s.Max = sorted[0], sorted[len(sorted)-1]
	var sum float64
	counts := map[T]int{}
	best := 0
	for _, x := range xs {
		sum += float64(x)
		counts[x]++
		best = max(best, counts[x])
	}
	s.Mean = sum / float64(len(xs))
	if n := len(sorted); n%2 == 1 {
		s.Median = float64(sorted[n/2])
	} else {
		s.Median = float64(sorted[n/2-1]+sorted[n/2]) / 2
	}
	for v, c := range counts {
		if c == best {
			s.Mode = append(s.Mode, v)
		}
	}
	slices.Sort(s.Mode)
	return s, nil
}

func Histogram[T Number](xs []T, buckets int) []int {
	lo, hi := slices.Min(xs), slices.Max(xs)
	out := make([]int, buckets)
	width := float64(hi-lo) / float64(buckets)
	for _, x := range xs {
		i := int(float64(x-lo) / width)
		if i >= buckets {
			i = buckets - 1
		}
		out[i]++
	}
	return out
}

type Score int

func main() {
	ints := []int{4, 8, 15, 16, 23, 42, 8, 4, 8}
	s, err := Summarize(ints)
	fmt.Printf("%+v %v\n", s, err)
	fl := []float64{2.5, 3.5, 1.25, 3.5, 2.5}
	sf, _ := Summarize(fl)
	fmt.Printf("%+v\n", sf)
	scores := []Score{90, 75, 75, 60, 100, 85}
	ss, _ := Summarize(scores)
	fmt.Printf("min=%d max=%d mean=%.2f median=%.1f mode=%v %T\n", ss.Min, ss.Max, ss.Mean, ss.Median, ss.Mode, ss.Min)
	_, err = Summarize([]int64{})
	fmt.Println(err)
	fmt.Println(Histogram(ints, 4), Histogram(fl, 2))
	fmt.Println(cmp.Compare(ss.Mean, sf.Mean), math.Round(s.Mean*100)/100)
	words := []string{"kiwi", "fig", "banana", "apple"}
	slices.SortFunc(words, func(a, b string) int {
		return cmp.Or(cmp.Compare(len(a), len(b)), cmp.Compare(a, b))
	})
	fmt.Println(words, slices.Index(words, "apple"))
}
