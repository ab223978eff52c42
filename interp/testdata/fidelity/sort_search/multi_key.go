// Multi-key sorting with slices.SortFunc, cmp.Compare and cmp.Or, and
// stability compared between SortFunc and SortStableFunc.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Student struct {
	Name  string
	Grade int
	Score float64
	Class string
}

func byGradeDescThenName(a, b Student) int {
	return cmp.Or(
		cmp.Compare(b.Grade, a.Grade),
		strings.Compare(a.Name, b.Name),
	)
}

func main() {
	students := []Student{
		{"Mia", 10, 88.5, "B"},
		{"Leo", 11, 92.0, "A"},
		{"Ava", 10, 95.5, "A"},
		{"Eli", 12, 70.25, "C"},
		{"Zoe", 11, 92.0, "B"},
		{"Ben", 12, 88.5, "A"},
		{"ava", 10, 60.0, "C"},
	}

	s1 := slices.Clone(students)
	slices.SortFunc(s1, byGradeDescThenName)
	for _, s := range s1 {
		fmt.Printf("%-4s %2d %6.2f %s\n", s.Name, s.Grade, s.Score, s.Class)
	}

	s2 := slices.Clone(students)
	slices.SortStableFunc(s2, func(a, b Student) int {
		return cmp.Compare(a.Class, b.Class)
	})
	names := make([]string, len(s2))
	for i, s := range s2 {
		names[i] = s.Class + ":" + s.Name
	}
	fmt.Println(strings.Join(names, " "))

	s3 := slices.Clone(students)
	slices.SortFunc(s3, func(a, b Student) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return cmp.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name))*10 + strings.Compare(a.Name, b.Name)
	})
	for i, s := range s3[:4] {
		fmt.Println(i+1, s.Name, s.Score)
	}

	fmt.Println(slices.IsSortedFunc(s1, byGradeDescThenName), slices.IsSortedFunc(s2, byGradeDescThenName))

	best := slices.MaxFunc(students, func(a, b Student) int { return cmp.Compare(a.Score, b.Score) })
	worst := slices.MinFunc(students, func(a, b Student) int { return cmp.Compare(a.Score, b.Score) })
	fmt.Println("best:", best.Name, "worst:", worst.Name)

	words := []string{"banana", "Apple", "cherry", "apple", "Banana", "date"}
	slices.SortFunc(words, func(a, b string) int {
		return cmp.Or(cmp.Compare(strings.ToLower(a), strings.ToLower(b)), cmp.Compare(a, b))
	})
	fmt.Println(words)
	fmt.Println(slices.Compact(words), len(slices.CompactFunc(slices.Clone(words), strings.EqualFold)))

	fmt.Println(cmp.Compare(1.5, 2.0), cmp.Less("b", "a"), cmp.Or("", "fallback"), cmp.Or(0, 0, 7))
}
