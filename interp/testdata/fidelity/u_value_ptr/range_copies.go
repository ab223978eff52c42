package main

import (
	"fmt"
	"sort"
)

type Student struct {
	Name   string
	Grades []int
	Avg    float64
}

type Class struct {
	Students []Student
	ByName   map[string]*Student
}

func (c *Class) ComputeAverages() {
	for i := range c.Students {
		s := &c.Students[i]
		sum := 0
		for _, g := range s.Grades {
			sum += g
		}
		if len(s.Grades) > 0 {
			s.Avg = float64(sum) / float64(len(s.Grades))
		}
	}
}

func (c Class) WrongCurve(n int) {
	for _, s := range c.Students {
		s.Avg += float64(n)
	}
}

func (c Class) CurveGrades(n int) {
	for _, s := range c.Students {
		for j := range s.Grades {
			s.Grades[j] += n // the slice header is copied, its array is shared
		}
	}
}

func main() {
	c := Class{
		Students: []Student{
			{Name: "Zoe", Grades: []int{90, 80}},
			{Name: "Al", Grades: []int{70, 75, 80}},
			{Name: "Mo", Grades: nil},
		},
		ByName: map[string]*Student{},
	}
	c.ComputeAverages()
	c.WrongCurve(10)
	for _, s := range c.Students {
		fmt.Printf("%s %.2f %v\n", s.Name, s.Avg, s.Grades)
	}
	c.CurveGrades(5)
	c.ComputeAverages()
	for _, s := range c.Students {
		fmt.Printf("%s %.2f %v\n", s.Name, s.Avg, s.Grades)
	}

	for i := range c.Students {
		c.ByName[c.Students[i].Name] = &c.Students[i]
	}
	c.ByName["Al"].Avg = 100
	fmt.Println(c.Students[1].Avg)
	// Appending may move the backing array; old pointers keep the old copy.
	c.Students = append(c.Students, Student{Name: "New"})
	c.ByName["Zoe"].Avg = -1
	fmt.Println(c.Students[0].Avg, c.ByName["Zoe"].Avg)

	sort.Slice(c.Students, func(i, j int) bool { return c.Students[i].Name < c.Students[j].Name })
	for _, s := range c.Students {
		fmt.Print(s.Name, " ")
	}
	fmt.Println()

	m := map[string]Student{"a": {Name: "a", Grades: []int{1}}}
	for k, v := range m {
		v.Name = "changed"
		v.Grades[0] = 111
		_ = k
	}
	fmt.Println(m["a"].Name, m["a"].Grades)

	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range over array copy:", v)
		}
	}
	arr = [3]int{1, 2, 3}
	for i, v := range &arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range over array pointer:", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		if i == 0 {
			sl = append(sl, 4)
			sl[2] = 50
		}
		if i == 2 {
			fmt.Println("range over slice:", v, len(sl))
		}
	}
}
