package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Score struct {
	Player string
	Points int
	Time   int // seconds; lower is better on ties
}

func rank(scores []Score) []Score {
	out := slices.Clone(scores)
	slices.SortStableFunc(out, func(a, b Score) int {
		return cmp.Or(
			cmp.Compare(b.Points, a.Points),
			cmp.Compare(a.Time, b.Time),
		)
	})
	return out
}

func main() {
	scores := []Score{
		{"ann", 90, 300}, {"bob", 75, 200}, {"cy", 90, 280}, {"di", 60, 100},
		{"ed", 90, 300}, {"flo", 75, 150}, {"gus", 100, 500},
	}
	ranked := rank(scores)
	for i, s := range ranked {
		fmt.Printf("%d. %-4s %3d %4ds\n", i+1, s.Player, s.Points, s.Time)
	}
	// binary search by points in the descending ranking
	for _, want := range []int{90, 80, 60, 101} {
		i, found := slices.BinarySearchFunc(ranked, want, func(s Score, p int) int {
			return cmp.Compare(p, s.Points)
		})
		fmt.Printf("points %d: index %d found %t\n", want, i, found)
	}
	newcomer := Score{"hal", 80, 90}
	i, _ := slices.BinarySearchFunc(ranked, newcomer, func(a, b Score) int { return cmp.Compare(b.Points, a.Points) })
	ranked = slices.Insert(ranked, i, newcomer)
	fmt.Println("inserted at", i, "len", len(ranked))
	ranked = slices.DeleteFunc(ranked, func(s Score) bool { return s.Points < 70 })
	names := make([]string, len(ranked))
	for i, s := range ranked {
		names[i] = s.Player
	}
	fmt.Println(strings.Join(names, " > "))
	best := slices.MaxFunc(scores, func(a, b Score) int { return cmp.Compare(a.Time, b.Time) })
	fmt.Println("slowest:", best, slices.IsSortedFunc(ranked, func(a, b Score) int { return cmp.Compare(b.Points, a.Points) }))
	idx := slices.IndexFunc(ranked, func(s Score) bool { return s.Player == "cy" })
	ranked = slices.Replace(ranked, idx, idx+1, Score{"cy2", 90, 1})
	fmt.Println(ranked[:4])
	fmt.Println(slices.Equal(names, slices.Clone(names)), slices.Compare([]int{1, 2}, []int{1, 3}))
}
