package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Entry struct {
	Name  string
	Team  string
	Score int
	Time  float64
}

type ByTeamThenScore []Entry

func (s ByTeamThenScore) Len() int      { return len(s) }
func (s ByTeamThenScore) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s ByTeamThenScore) Less(i, j int) bool {
	if s[i].Team != s[j].Team {
		return s[i].Team < s[j].Team
	}
	return s[i].Score > s[j].Score
}

func main() {
	es := []Entry{
		{"ann", "red", 90, 12.5}, {"bob", "blue", 85, 10.1}, {"cy", "red", 90, 11.0},
		{"dee", "blue", 95, 13.2}, {"eve", "green", 70, 9.9}, {"fay", "red", 60, 15.0},
		{"gus", "green", 70, 9.5},
	}
	byScore := slices.Clone(es)
	slices.SortStableFunc(byScore, func(a, b Entry) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.Time, b.Time))
	})
	for i, e := range byScore {
		fmt.Printf("%d. %-4s %-5s %3d %5.1f\n", i+1, e.Name, e.Team, e.Score, e.Time)
	}
	teams := slices.Clone(es)
	sort.Sort(ByTeamThenScore(teams))
	var names []string
	for _, e := range teams {
		names = append(names, e.Team+"/"+e.Name)
	}
	fmt.Println(strings.Join(names, " "))

	stable := slices.Clone(es)
	sort.SliceStable(stable, func(i, j int) bool { return stable[i].Score > stable[j].Score })
	fmt.Println(stable[0].Name, stable[1].Name, stable[2].Name)
	idx, found := slices.BinarySearchFunc(byScore, 70, func(e Entry, t int) int { return cmp.Compare(t, e.Score) })
	fmt.Println(idx, found)
	best := slices.MaxFunc(es, func(a, b Entry) int { return cmp.Compare(a.Score, b.Score) })
	fmt.Println("best:", best.Name)
	grouped := map[string][]string{}
	for _, e := range es {
		grouped[e.Team] = append(grouped[e.Team], e.Name)
	}
	keys := make([]string, 0, len(grouped))
	for k := range grouped {
		keys = append(keys, k)
	}
	sort.Sort(sort.Reverse(sort.StringSlice(keys)))
	for _, k := range keys {
		fmt.Println(k, grouped[k])
	}
	ints := []int{5, 2, 8, 1}
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints, sort.IsSorted(sort.IntSlice(ints)), sort.SearchInts([]int{1, 3, 5, 7}, 4))
	i := sort.Search(100, func(n int) bool { return n*n >= 50 })
	fmt.Println(i)
}
