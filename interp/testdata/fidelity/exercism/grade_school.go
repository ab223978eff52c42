package main

import (
	"fmt"
	"sort"
	"strings"
)

type Grade struct {
	Level    int
	Students []string
}

type School struct {
	roster map[int][]string
	names  map[string]int
}

func NewSchool() *School {
	return &School{roster: make(map[int][]string), names: make(map[string]int)}
}

func (s *School) Add(name string, grade int) bool {
	if _, ok := s.names[name]; ok {
		return false
	}
	s.names[name] = grade
	s.roster[grade] = append(s.roster[grade], name)
	sort.Strings(s.roster[grade])
	return true
}

func (s *School) Grade(level int) []string {
	return s.roster[level]
}

func (s *School) Enrollment() []Grade {
	var gs []Grade
	for lvl, st := range s.roster {
		gs = append(gs, Grade{lvl, st})
	}
	sort.Slice(gs, func(i, j int) bool { return gs[i].Level < gs[j].Level })
	return gs
}

type Stats struct {
	Count   int
	Longest string
	Initial map[rune]int
}

func (s *School) Stats() Stats {
	st := Stats{Initial: map[rune]int{}}
	for name := range s.names {
		st.Count++
		if len(name) > len(st.Longest) || (len(name) == len(st.Longest) && name < st.Longest) {
			st.Longest = name
		}
		st.Initial[[]rune(name)[0]]++
	}
	return st
}

func main() {
	s := NewSchool()
	adds := []struct {
		name  string
		grade int
	}{
		{"Aimee", 2}, {"Blair", 2}, {"James", 2}, {"Paul", 2}, {"Chelsea", 3}, {"Logan", 7},
		{"Franklin", 5}, {"Bradley", 5}, {"Jeff", 1}, {"James", 3}, {"Zoë", 1}, {"Anna", 1},
	}
	for _, a := range adds {
		if !s.Add(a.name, a.grade) {
			fmt.Printf("cannot add %s to grade %d: already enrolled\n", a.name, a.grade)
		}
	}
	for _, g := range s.Enrollment() {
		fmt.Printf("Grade %d: %s\n", g.Level, strings.Join(g.Students, ", "))
	}
	fmt.Printf("grade 4: %v (nil=%t, len=%d)\n", s.Grade(4), s.Grade(4) == nil, len(s.Grade(4)))
	fmt.Printf("%+v\n", s.Enrollment()[0])
	st := s.Stats()
	keys := make([]rune, 0)
	for k := range st.Initial {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, k := range keys {
		fmt.Printf("%c=%d ", k, st.Initial[k])
	}
	fmt.Println()
	fmt.Println(st.Count, st.Longest, len(st.Initial))
	fmt.Println(s.roster)
}
