package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Slot struct {
	Day  int
	Hour int
}

func (s Slot) String() string {
	return fmt.Sprintf("%s %02d:00", [...]string{"Mon", "Tue", "Wed", "Thu", "Fri"}[s.Day], s.Hour)
}

type Lesson struct {
	Class   string
	Subject string
	Teacher string
	Room    string
	At      Slot
}

type Conflict struct {
	What string
	A, B Lesson
}

func (c Conflict) Error() string {
	return fmt.Sprintf("%s clash at %v: %s/%s vs %s/%s", c.What, c.A.At, c.A.Class, c.A.Subject, c.B.Class, c.B.Subject)
}

func check(ls []Lesson) error {
	var errs []error
	seen := map[string]Lesson{}
	for _, l := range ls {
		for _, k := range []struct{ what, key string }{
			{"teacher", l.Teacher}, {"room", l.Room}, {"class", l.Class},
		} {
			key := fmt.Sprintf("%s|%s|%v", k.what, k.key, l.At)
			if prev, ok := seen[key]; ok {
				errs = append(errs, Conflict{k.what, prev, l})
				continue
			}
			seen[key] = l
		}
	}
	return errors.Join(errs...)
}

func main() {
	lessons := []Lesson{
		{"7A", "Math", "Ng", "R1", Slot{0, 8}},
		{"7B", "Math", "Ng", "R1", Slot{0, 9}},
		{"7A", "Art", "Ito", "R9", Slot{0, 9}},
		{"7B", "Bio", "Kay", "R2", Slot{0, 8}},
		{"7C", "Chem", "Kay", "R2", Slot{0, 8}},
		{"7A", "Hist", "Lin", "R1", Slot{1, 10}},
		{"7C", "Math", "Ng", "R3", Slot{1, 10}},
		{"7B", "PE", "Ox", "Gym", Slot{2, 11}},
		{"7C", "PE", "Ox", "Gym", Slot{2, 11}},
	}

	err := check(lessons)
	var c Conflict
	if errors.As(err, &c) {
		fmt.Println("first conflict:", c.What, c.A.At)
	}
	if err != nil {
		for _, line := range strings.Split(err.Error(), "\n") {
			fmt.Println(" -", line)
		}
	}

	load := map[string]int{}
	for _, l := range lessons {
		load[l.Teacher]++
	}
	teachers := make([]string, 0, len(load))
	for t := range load {
		teachers = append(teachers, t)
	}
	sort.Slice(teachers, func(i, j int) bool {
		if load[teachers[i]] != load[teachers[j]] {
			return load[teachers[i]] > load[teachers[j]]
		}
		return teachers[i] < teachers[j]
	})
	for _, t := range teachers {
		fmt.Printf("%-4s %d lessons\n", t, load[t])
	}

	byClass := map[string][]Lesson{}
	for _, l := range lessons {
		byClass[l.Class] = append(byClass[l.Class], l)
	}
	for _, cl := range []string{"7A", "7B", "7C"} {
		ls := byClass[cl]
		sort.Slice(ls, func(i, j int) bool {
			if ls[i].At.Day != ls[j].At.Day {
				return ls[i].At.Day < ls[j].At.Day
			}
			return ls[i].At.Hour < ls[j].At.Hour
		})
		var parts []string
		for _, l := range ls {
			parts = append(parts, fmt.Sprintf("%v %s", l.At, l.Subject))
		}
		fmt.Printf("%s: %s\n", cl, strings.Join(parts, "; "))
	}
}
