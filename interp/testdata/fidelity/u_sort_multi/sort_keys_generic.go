package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"sort"
)

type Key[T any] func(a, b T) int

func By[T any, K cmp.Ordered](f func(T) K) Key[T] {
	return func(a, b T) int { return cmp.Compare(f(a), f(b)) }
}

func (k Key[T]) Reverse() Key[T] {
	return func(a, b T) int { return k(b, a) }
}

func Then[T any](keys ...Key[T]) Key[T] {
	return func(a, b T) int {
		for _, k := range keys {
			if c := k(a, b); c != 0 {
				return c
			}
		}
		return 0
	}
}

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Age    int
}

type byAge []Employee

func (s byAge) Len() int           { return len(s) }
func (s byAge) Less(i, j int) bool { return s[i].Age < s[j].Age }
func (s byAge) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	staff := []Employee{
		{"Ann", "eng", 120, 34}, {"Bo", "ops", 90, 45}, {"Cy", "eng", 120, 29},
		{"Di", "ops", 95, 29}, {"Ed", "eng", 100, 51}, {"Flo", "hr", 70, 38},
		{"Gil", "hr", 70, 23},
	}
	order := Then(By(func(e Employee) string { return e.Dept }),
		By(func(e Employee) int { return e.Salary }).Reverse(),
		By(func(e Employee) string { return e.Name }))
	s := slices.Clone(staff)
	slices.SortFunc(s, order)
	for _, e := range s {
		fmt.Printf("%-4s %-3s %4d %d\n", e.Name, e.Dept, e.Salary, e.Age)
	}

	a := slices.Clone(staff)
	sort.Stable(byAge(a))
	fmt.Println("by age:")
	for _, e := range a {
		fmt.Print(e.Name, "/", e.Age, " ")
	}
	fmt.Println()

	totals := map[string]int{}
	counts := map[string]int{}
	for _, e := range staff {
		totals[e.Dept] += e.Salary
		counts[e.Dept]++
	}
	depts := slices.Sorted(maps.Keys(totals))
	slices.SortStableFunc(depts, func(x, y string) int {
		return cmp.Compare(totals[y]/counts[y], totals[x]/counts[x])
	})
	for _, d := range depts {
		fmt.Printf("%s avg=%d n=%d\n", d, totals[d]/counts[d], counts[d])
	}
	ages := make([]int, 0, len(staff))
	for _, e := range staff {
		ages = append(ages, e.Age)
	}
	slices.Sort(ages)
	ages = slices.Compact(ages)
	fmt.Println(ages, len(ages))
	pos, found := slices.BinarySearch(ages, 38)
	fmt.Println(pos, found)
	pos, found = slices.BinarySearch(ages, 40)
	fmt.Println(pos, found)
	slices.Reverse(ages)
	fmt.Println(ages, slices.Index(ages, 29))
}
