package main

import (
	"fmt"
	"slices"
	"strings"
)

type Employee struct {
	Name, Dept string
	Salary     int
}

func main() {
	emps := []Employee{
		{"ann", "eng", 120}, {"bob", "ops", 90}, {"cid", "eng", 110},
		{"dee", "sales", 70}, {"eve", "ops", 95}, {"fay", "eng", 130},
	}
	byDept := map[string][]Employee{}
	for _, e := range emps {
		byDept[e.Dept] = append(byDept[e.Dept], e)
	}
	depts := make([]string, 0, len(byDept))
	for d := range byDept {
		depts = append(depts, d)
	}
	slices.Sort(depts)
	for _, d := range depts {
		total := 0
		var names []string
		for _, e := range byDept[d] {
			total += e.Salary
			names = append(names, e.Name)
		}
		fmt.Printf("%-5s n=%d avg=%.1f %s\n", d, len(byDept[d]), float64(total)/float64(len(byDept[d])), strings.Join(names, ","))
	}
}
