package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

type Student struct {
	Name  string
	Class string
	Score int
}

func main() {
	roster := []Student{
		{"Ava", "B", 88}, {"Liam", "A", 92}, {"Noah", "B", 75},
		{"Emma", "A", 85}, {"Mia", "C", 99}, {"Zoe", "B", 91},
	}
	byClass := map[string][]Student{}
	for _, s := range roster {
		byClass[s.Class] = append(byClass[s.Class], s)
	}
	for _, class := range slices.Sorted(maps.Keys(byClass)) {
		members := byClass[class]
		slices.SortFunc(members, func(a, b Student) int { return b.Score - a.Score })
		names := make([]string, 0, len(members))
		for _, m := range members {
			names = append(names, m.Name)
		}
		best := slices.MaxFunc(members, func(a, b Student) int { return a.Score - b.Score })
		fmt.Printf("%s: %-16s best=%s(%d)\n", class, strings.Join(names, ","), best.Name, best.Score)
	}
	top := slices.Clone(roster)
	sort.Slice(top, func(i, j int) bool { return top[i].Score > top[j].Score })
	fmt.Println(top[:3])
	idx := slices.IndexFunc(roster, func(s Student) bool { return s.Name == "Mia" })
	fmt.Println(idx, roster[idx])
	fmt.Println(slices.ContainsFunc(roster, func(s Student) bool { return s.Score < 70 }))
	passing := slices.DeleteFunc(slices.Clone(roster), func(s Student) bool { return s.Score < 85 })
	fmt.Println(len(passing), passing[len(passing)-1].Name)
	grouped := maps.Clone(byClass)
	delete(grouped, "C")
	fmt.Println(len(grouped), len(byClass))
	scores := map[string]int{}
	for _, s := range roster {
		scores[s.Name] = s.Score
	}
	keys := slices.Collect(maps.Keys(scores))
	slices.Sort(keys)
	fmt.Println(keys)
	vals := slices.Sorted(maps.Values(scores))
	fmt.Println(vals, slices.Max(vals)-slices.Min(vals))
	equal := slices.EqualFunc(roster[:2], []string{"Ava", "Liam"}, func(s Student, n string) bool { return s.Name == n })
	fmt.Println(equal)
}
