package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Version struct {
	Major, Minor, Patch int
}

func ParseVersion(s string) (Version, error) {
	var v Version
	_, err := fmt.Sscanf(strings.TrimPrefix(s, "v"), "%d.%d.%d", &v.Major, &v.Minor, &v.Patch)
	if err != nil {
		return Version{}, fmt.Errorf("bad version %q: %w", s, err)
	}
	return v, nil
}

func (v Version) String() string { return fmt.Sprintf("v%d.%d.%d", v.Major, v.Minor, v.Patch) }

func (v Version) Compare(o Version) int {
	return cmp.Or(cmp.Compare(v.Major, o.Major), cmp.Compare(v.Minor, o.Minor), cmp.Compare(v.Patch, o.Patch))
}

func main() {
	raw := []string{"v1.2.3", "v0.9.12", "v1.10.0", "v1.2.10", "bogus", "v2.0.0", "v1.2.3"}
	var vs []Version
	for _, r := range raw {
		v, err := ParseVersion(r)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		vs = append(vs, v)
	}
	slices.SortFunc(vs, Version.Compare)
	fmt.Println(vs)
	vs = slices.CompactFunc(vs, func(a, b Version) bool { return a.Compare(b) == 0 })
	fmt.Println("unique:", vs, len(vs))

	target := Version{1, 2, 10}
	i, found := slices.BinarySearchFunc(vs, target, Version.Compare)
	fmt.Println("search", target, i, found)
	i, found = slices.BinarySearchFunc(vs, Version{1, 5, 0}, Version.Compare)
	fmt.Println("insert at", i, found)
	vs = slices.Insert(vs, i, Version{1, 5, 0})
	fmt.Println(vs)
	latest := slices.MaxFunc(vs, Version.Compare)
	oldest := slices.MinFunc(vs, Version.Compare)
	fmt.Println("latest", latest, "oldest", oldest)

	names := []string{"Émile", "zoe", "Adam", "bob", "Zed"}
	sort.Strings(names)
	fmt.Println(names)
	slices.SortFunc(names, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(names)
	fmt.Println(sort.SearchInts([]int{1, 3, 5, 7}, 6), sort.IsSorted(sort.IntSlice([]int{1, 2, 2})))
	people := []struct {
		Name string
		Age  int
	}{{"a", 30}, {"b", 25}, {"c", 30}, {"d", 25}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	fmt.Println(slices.IsSortedFunc(people, func(a, b struct {
		Name string
		Age  int
	}) int {
		return a.Age - b.Age
	}))
	idx := sort.Search(100, func(n int) bool { return n*n >= 50 })
	fmt.Println("first n with n*n>=50:", idx)
}
