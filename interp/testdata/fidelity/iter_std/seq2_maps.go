package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Grade struct {
	Student string
	Course  string
	Score   int
}

func FilterSeq2[K, V any](seq iter.Seq2[K, V], keep func(K, V) bool) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for k, v := range seq {
			if keep(k, v) && !yield(k, v) {
				return
			}
		}
	}
}

func Keys[K, V any](seq iter.Seq2[K, V]) iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range seq {
			if !yield(k) {
				return
			}
		}
	}
}

func SortedPairs[K interface{ ~string | ~int }, V any](m map[K]V) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range slices.Sorted(maps.Keys(m)) {
			if !yield(k, m[k]) {
				return
			}
		}
	}
}

func main() {
	grades := []Grade{
		{"ann", "math", 91}, {"bob", "math", 78}, {"ann", "art", 85},
		{"cid", "math", 66}, {"bob", "art", 92}, {"cid", "art", 70},
	}
	byStudent := map[string][]int{}
	for _, g := range grades {
		byStudent[g.Student] = append(byStudent[g.Student], g.Score)
	}
	for name, scores := range SortedPairs(byStudent) {
		fmt.Printf("%s: %v max=%d\n", name, scores, slices.Max(scores))
	}

	avg := map[string]float64{}
	for name, scores := range byStudent {
		s := 0
		for _, x := range scores {
			s += x
		}
		avg[name] = float64(s) / float64(len(scores))
	}
	good := FilterSeq2(SortedPairs(avg), func(_ string, a float64) bool { return a >= 80 })
	for name, a := range good {
		fmt.Printf("honours: %s %.1f\n", name, a)
	}
	fmt.Println(slices.Collect(Keys(good)))

	idx := slices.IndexFunc(grades, func(g Grade) bool { return g.Score > 90 })
	fmt.Println("first >90:", grades[idx])
	for i, g := range slices.All(grades) {
		if i%2 == 1 {
			continue
		}
		fmt.Print(strings.ToUpper(g.Student[:1]), g.Score, " ")
	}
	fmt.Println()

	courses := maps.Collect(func(yield func(string, int) bool) {
		counts := map[string]int{}
		for _, g := range grades {
			counts[g.Course]++
		}
		for _, c := range slices.Sorted(maps.Keys(counts)) {
			if !yield(c, counts[c]) {
				return
			}
		}
	})
	fmt.Println(courses)
	byID := map[int]string{3: "c", 1: "a", 2: "b"}
	for k, v := range SortedPairs(byID) {
		fmt.Print(k, v, ";")
	}
	fmt.Println()
}
