package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Track struct {
	Artist string
	Title  string
	Year   int
	Secs   int
}

func main() {
	tracks := []Track{
		{"Moby", "Porcelain", 1999, 241},
		{"Delilah", "Go", 2012, 215},
		{"Moby", "Go", 1992, 251},
		{"Alicia Keys", "Go Ahead", 2007, 264},
	}
	slices.SortFunc(tracks, func(a, b Track) int {
		return cmp.Or(
			cmp.Compare(a.Title, b.Title),
			cmp.Compare(b.Year, a.Year),
		)
	})
	for _, t := range tracks {
		fmt.Printf("%-10s %-12s %d %d:%02d\n", t.Title, t.Artist, t.Year, t.Secs/60, t.Secs%60)
	}
	i, found := slices.BinarySearchFunc(tracks, "Go Ahead", func(t Track, s string) int { return cmp.Compare(t.Title, s) })
	fmt.Println(i, found)
}
