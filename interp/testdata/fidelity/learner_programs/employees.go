package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Age    int
}

type Dept struct {
	Name    string
	Members []Employee
}

func (d Dept) Payroll() (total int) {
	for _, e := range d.Members {
		total += e.Salary
	}
	return
}

func groupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func sumBy[T any](xs []T, f func(T) int) int {
	s := 0
	for _, x := range xs {
		s += f(x)
	}
	return s
}

func main() {
	staff := []Employee{
		{"Ada", "eng", 120000, 36},
		{"Grace", "eng", 135000, 45},
		{"Linus", "ops", 98000, 29},
		{"Ken", "eng", 128000, 52},
		{"Barbara", "research", 142000, 48},
		{"Dennis", "ops", 101000, 41},
		{"Margaret", "research", 139000, 33},
	}
	byDept := groupBy(staff, func(e Employee) string { return e.Dept })
	for _, name := range slices.Sorted(maps.Keys(byDept)) {
		d := Dept{name, byDept[name]}
		avg := d.Payroll() / len(d.Members)
		oldest := slices.MaxFunc(d.Members, func(a, b Employee) int { return cmp.Compare(a.Age, b.Age) })
		fmt.Printf("%-9s n=%d payroll=%7d avg=%6d oldest=%s\n", d.Name, len(d.Members), d.Payroll(), avg, oldest.Name)
	}
	slices.SortStableFunc(staff, func(a, b Employee) int {
		return cmp.Or(cmp.Compare(a.Dept, b.Dept), -cmp.Compare(a.Salary, b.Salary))
	})
	for _, e := range staff {
		fmt.Printf("%+v\n", e)
	}
	idx, found := slices.BinarySearchFunc([]int{29, 33, 36, 41}, 36, cmp.Compare[int])
	fmt.Println(idx, found)
	total := sumBy(staff, func(e Employee) int { return e.Salary })
	fmt.Println("total:", total)
	names := make([]string, 0, len(staff))
	for _, e := range staff {
		if e.Age < 40 {
			names = append(names, strings.ToLower(e.Name))
		}
	}
	slices.Sort(names)
	fmt.Println(names, slices.Index(names, "linus"), slices.Contains(names, "ken"))
	young := slices.DeleteFunc(slices.Clone(staff), func(e Employee) bool { return e.Age >= 40 })
	fmt.Println(len(young), young[0].Name)
	fmt.Println(byDept["ops"])
}
