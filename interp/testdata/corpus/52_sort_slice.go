package main

import (
	"fmt"
	"sort"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
}

type BySalary []Employee

func (s BySalary) Len() int           { return len(s) }
func (s BySalary) Less(i, j int) bool { return s[i].Salary < s[j].Salary }
func (s BySalary) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	ints := []int{5, 2, 6, 3, 1, 4}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"peach", "apple", "banana"}
	sort.Strings(strs)
	fmt.Println(strs)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)

	emps := []Employee{
		{"Zoe", "eng", 120}, {"Adam", "ops", 90}, {"Mia", "eng", 120}, {"Bob", "ops", 80},
	}
	sort.Slice(emps, func(i, j int) bool {
		if emps[i].Dept != emps[j].Dept {
			return emps[i].Dept < emps[j].Dept
		}
		if emps[i].Salary != emps[j].Salary {
			return emps[i].Salary > emps[j].Salary
		}
		return emps[i].Name < emps[j].Name
	})
	for _, e := range emps {
		fmt.Println(e.Dept, e.Name, e.Salary)
	}
	sort.Sort(BySalary(emps))
	fmt.Println(emps[0].Name, emps[len(emps)-1].Salary)

	idx := sort.SearchInts([]int{1, 3, 5, 7}, 5)
	fmt.Println(idx)
	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(i)
}
