package main

import (
	"fmt"
	"sort"
	"strings"
)

type Employee struct {
	ID      int
	Name    string
	Title   string
	Salary  int
	Manager *Employee
	Reports []*Employee
}

type Org struct {
	byID map[int]*Employee
	root *Employee
}

type row struct {
	id, mgr int
	name    string
	title   string
	salary  int
}

func Build(rows []row) (*Org, error) {
	o := &Org{byID: map[int]*Employee{}}
	for _, r := range rows {
		o.byID[r.id] = &Employee{ID: r.id, Name: r.name, Title: r.title, Salary: r.salary}
	}
	for _, r := range rows {
		e := o.byID[r.id]
		if r.mgr == 0 {
			if o.root != nil {
				return nil, fmt.Errorf("two roots: %s and %s", o.root.Name, e.Name)
			}
			o.root = e
			continue
		}
		m, ok := o.byID[r.mgr]
		if !ok {
			return nil, fmt.Errorf("employee %d: manager %d not found", r.id, r.mgr)
		}
		e.Manager = m
		m.Reports = append(m.Reports, e)
	}
	for _, e := range o.byID {
		sort.Slice(e.Reports, func(i, j int) bool { return e.Reports[i].Name < e.Reports[j].Name })
	}
	return o, nil
}

func (e *Employee) Walk(depth int, visit func(*Employee, int)) {
	visit(e, depth)
	for _, r := range e.Reports {
		r.Walk(depth+1, visit)
	}
}

func (e *Employee) Cost() int {
	total := e.Salary
	for _, r := range e.Reports {
		total += r.Cost()
	}
	return total
}

func (e *Employee) Chain() string {
	var parts []string
	for p := e; p != nil; p = p.Manager {
		parts = append(parts, p.Name)
	}
	return strings.Join(parts, " <- ")
}

func main() {
	rows := []row{
		{1, 0, "Grace", "CEO", 250000},
		{2, 1, "Alan", "CTO", 200000},
		{3, 1, "Ada", "CFO", 190000},
		{4, 2, "Linus", "Eng Manager", 150000},
		{5, 4, "Ken", "Engineer", 130000},
		{6, 4, "Rob", "Engineer", 128000},
		{7, 4, "Russ", "Engineer", 131000},
		{8, 3, "Barbara", "Accountant", 95000},
		{9, 2, "Margaret", "Architect", 170000},
	}
	org, err := Build(rows)
	if err != nil {
		fmt.Println(err)
		return
	}
	org.root.Walk(0, func(e *Employee, d int) {
		fmt.Printf("%s%s (%s) $%d\n", strings.Repeat("  ", d), e.Name, e.Title, e.Salary)
	})
	for _, id := range []int{1, 2, 4} {
		e := org.byID[id]
		fmt.Printf("cost under %-6s %8d (%d reports)\n", e.Name, e.Cost(), len(e.Reports))
	}
	fmt.Println(org.byID[6].Chain())
	levels := map[int][]string{}
	org.root.Walk(0, func(e *Employee, d int) { levels[d] = append(levels[d], e.Name) })
	for d := 0; d < len(levels); d++ {
		fmt.Println(d, levels[d])
	}
	_, err = Build(append(rows, row{10, 42, "Ghost", "?", 1}))
	fmt.Println("error:", err)
	_, err = Build(append(rows[:1:1], row{11, 0, "Other", "CEO", 1}))
	fmt.Println("error:", err)
}
