package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Mean[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs)) / float64(len(xs))
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

type Points int

type Submission struct {
	Student string
	Course  string
	Score   Points
}

type Summary struct {
	Name  string
	Count int
	Mean  float64
	Best  Points
}

func summarize(name string, subs []Submission) Summary {
	scores := make([]Points, len(subs))
	for i, s := range subs {
		scores[i] = s.Score
	}
	return Summary{name, len(subs), Mean(scores), slices.Max(scores)}
}

func main() {
	subs := []Submission{
		{"ann", "math", 91}, {"bob", "math", 78}, {"cy", "math", 85},
		{"ann", "art", 70}, {"cy", "art", 99},
		{"bob", "history", 88}, {"ann", "history", 93}, {"dee", "history", 61}, {"cy", "history", 74},
	}
	byCourse := GroupBy(subs, func(s Submission) string { return s.Course })
	courses := make([]string, 0, len(byCourse))
	for c := range byCourse {
		courses = append(courses, c)
	}
	slices.Sort(courses)
	var sums []Summary
	for _, c := range courses {
		sums = append(sums, summarize(c, byCourse[c]))
	}
	slices.SortFunc(sums, func(a, b Summary) int { return cmp.Compare(b.Mean, a.Mean) })
	for _, s := range sums {
		fmt.Printf("%-8s n=%d mean=%6.2f best=%d\n", s.Name, s.Count, s.Mean, s.Best)
	}
	byStudent := GroupBy(subs, func(s Submission) string { return s.Student })
	names := make([]string, 0)
	for n := range byStudent {
		names = append(names, n)
	}
	slices.SortFunc(names, func(a, b string) int {
		return cmp.Or(cmp.Compare(len(byStudent[b]), len(byStudent[a])), strings.Compare(a, b))
	})
	for _, n := range names {
		s := summarize(n, byStudent[n])
		fmt.Printf("%-4s %d courses, mean %.1f\n", n, s.Count, s.Mean)
	}
	fmt.Println(Sum([]float64{0.5, 0.25}), Mean([]int{1, 2, 4}), Sum([]Points{1, 2}))
	idx := slices.IndexFunc(subs, func(s Submission) bool { return s.Score < 65 })
	fmt.Println("first failing:", subs[idx])
}
