package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Student struct {
	Name   string
	Scores []float64
}

func (s Student) Average() float64 {
	if len(s.Scores) == 0 {
		return 0
	}
	total := 0.0
	for _, sc := range s.Scores {
		total += sc
	}
	return total / float64(len(s.Scores))
}

type Grade rune

func (g Grade) String() string { return string(g) }

func letter(avg float64) Grade {
	switch {
	case avg >= 90:
		return 'A'
	case avg >= 80:
		return 'B'
	case avg >= 70:
		return 'C'
	case avg >= 60:
		return 'D'
	}
	return 'F'
}

var ErrNoStudents = errors.New("gradebook: no students")

type Gradebook struct {
	students map[string]*Student
}

func NewGradebook() *Gradebook {
	return &Gradebook{students: make(map[string]*Student)}
}

func (g *Gradebook) Add(name string, score float64) error {
	if score < 0 || score > 100 {
		return fmt.Errorf("score %.1f for %s: out of range", score, name)
	}
	st, ok := g.students[name]
	if !ok {
		st = &Student{Name: name}
		g.students[name] = st
	}
	st.Scores = append(st.Scores, score)
	return nil
}

func (g *Gradebook) Ranked() ([]Student, error) {
	if len(g.students) == 0 {
		return nil, ErrNoStudents
	}
	out := make([]Student, 0, len(g.students))
	for _, s := range g.students {
		out = append(out, *s)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Average() == out[j].Average() {
			return out[i].Name < out[j].Name
		}
		return out[i].Average() > out[j].Average()
	})
	return out, nil
}

func main() {
	gb := NewGradebook()
	if _, err := gb.Ranked(); err != nil {
		fmt.Println("error:", err, errors.Is(err, ErrNoStudents))
	}
	data := []struct {
		name  string
		score float64
	}{
		{"alice", 92}, {"bob", 78.5}, {"carol", 85}, {"alice", 88}, {"bob", 101},
		{"dave", 59}, {"carol", 91}, {"erin", 70}, {"dave", 64}, {"erin", 70},
	}
	for _, d := range data {
		if err := gb.Add(d.name, d.score); err != nil {
			fmt.Println("skip:", err)
		}
	}
	ranked, _ := gb.Ranked()
	fmt.Println(strings.Repeat("=", 32))
	fmt.Printf("%-4s %-8s %7s %5s\n", "#", "name", "avg", "grade")
	for i, s := range ranked {
		fmt.Printf("%-4d %-8s %7.2f %5v\n", i+1, s.Name, s.Average(), letter(s.Average()))
	}
	fmt.Println(strings.Repeat("=", 32))
	counts := map[Grade]int{}
	for _, s := range ranked {
		counts[letter(s.Average())]++
	}
	keys := make([]Grade, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, k := range keys {
		fmt.Printf("%v: %s\n", k, strings.Repeat("*", counts[k]))
	}
	fmt.Println(counts)
}
