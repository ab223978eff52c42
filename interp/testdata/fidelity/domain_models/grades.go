package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Category string

const (
	Homework Category = "homework"
	Quiz     Category = "quiz"
	Exam     Category = "exam"
)

var weights = map[Category]float64{Homework: 0.25, Quiz: 0.25, Exam: 0.5}

type Score struct {
	Cat    Category
	Points float64
	Max    float64
}

type Student struct {
	Name   string
	Scores []Score
}

func (s Student) CategoryAvg(c Category) (float64, bool) {
	var got, max float64
	for _, sc := range s.Scores {
		if sc.Cat == c {
			got += sc.Points
			max += sc.Max
		}
	}
	if max == 0 {
		return 0, false
	}
	return got / max * 100, true
}

func (s Student) Final() float64 {
	total, wsum := 0.0, 0.0
	for _, c := range []Category{Homework, Quiz, Exam} {
		if avg, ok := s.CategoryAvg(c); ok {
			total += avg * weights[c]
			wsum += weights[c]
		}
	}
	if wsum == 0 {
		return 0
	}
	return total / wsum
}

func Letter(p float64) string {
	switch {
	case p >= 90:
		return "A"
	case p >= 80:
		return "B"
	case p >= 70:
		return "C"
	case p >= 60:
		return "D"
	}
	return "F"
}

func main() {
	students := []Student{
		{"Alice", []Score{{Homework, 18, 20}, {Homework, 20, 20}, {Quiz, 9, 10}, {Exam, 88, 100}, {Exam, 93, 100}}},
		{"Bob", []Score{{Homework, 12, 20}, {Quiz, 6, 10}, {Quiz, 7, 10}, {Exam, 71, 100}}},
		{"Chen", []Score{{Homework, 20, 20}, {Exam, 59, 100}, {Exam, 64.5, 100}}},
		{"Dana", []Score{{Quiz, 10, 10}, {Quiz, 10, 10}, {Exam, 97, 100}}},
		{"Eve", nil},
	}
	fmt.Printf("%-6s %8s %8s %8s %8s %s\n", "name", "hw", "quiz", "exam", "final", "grade")
	finals := map[string]float64{}
	for _, s := range students {
		cols := []string{}
		for _, c := range []Category{Homework, Quiz, Exam} {
			if v, ok := s.CategoryAvg(c); ok {
				cols = append(cols, fmt.Sprintf("%8.1f", v))
			} else {
				cols = append(cols, fmt.Sprintf("%8s", "-"))
			}
		}
		f := s.Final()
		finals[s.Name] = f
		fmt.Printf("%-6s %s %8.2f %s\n", s.Name, strings.Join(cols, " "), f, Letter(f))
	}
	names := make([]string, 0, len(finals))
	for n := range finals {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return finals[names[i]] > finals[names[j]] })
	fmt.Println("ranking:", names)

	var vals []float64
	for _, n := range names {
		if finals[n] > 0 {
			vals = append(vals, finals[n])
		}
	}
	mean := 0.0
	for _, v := range vals {
		mean += v
	}
	mean /= float64(len(vals))
	variance := 0.0
	for _, v := range vals {
		variance += (v - mean) * (v - mean)
	}
	sd := math.Sqrt(variance / float64(len(vals)))
	fmt.Printf("mean %.3f sd %.3f\n", mean, sd)
	dist := map[string]int{}
	for _, v := range finals {
		dist[Letter(v)]++
	}
	for _, g := range []string{"A", "B", "C", "D", "F"} {
		fmt.Printf("%s: %s\n", g, strings.Repeat("*", dist[g]))
	}
}
