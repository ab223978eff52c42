package main

import (
	"fmt"
	"strings"
)

type Employee struct {
	Name    string
	Title   string
	Manager *Employee
	Reports []*Employee
}

func (e *Employee) Add(r *Employee) *Employee {
	r.Manager = e
	e.Reports = append(e.Reports, r)
	return r
}

func (e *Employee) Chain() string {
	var names []string
	for cur := e; cur != nil; cur = cur.Manager {
		names = append(names, cur.Name)
	}
	return strings.Join(names, " <- ")
}

func (e *Employee) Count() int {
	n := 1
	for _, r := range e.Reports {
		n += r.Count()
	}
	return n
}

func (e *Employee) Print(sb *strings.Builder, depth int) {
	fmt.Fprintf(sb, "%s%s (%s)\n", strings.Repeat("  ", depth), e.Name, e.Title)
	for _, r := range e.Reports {
		r.Print(sb, depth+1)
	}
}

func lca(a, b *Employee) *Employee {
	seen := map[*Employee]bool{}
	for x := a; x != nil; x = x.Manager {
		seen[x] = true
	}
	for y := b; y != nil; y = y.Manager {
		if seen[y] {
			return y
		}
	}
	return nil
}

func main() {
	ceo := &Employee{Name: "Ada", Title: "CEO"}
	cto := ceo.Add(&Employee{Name: "Bob", Title: "CTO"})
	cfo := ceo.Add(&Employee{Name: "Cy", Title: "CFO"})
	dev1 := cto.Add(&Employee{Name: "Dee", Title: "Dev"})
	dev2 := cto.Add(&Employee{Name: "Eve", Title: "Dev"})
	acct := cfo.Add(&Employee{Name: "Fay", Title: "Accountant"})
	intern := dev2.Add(&Employee{Name: "Gus", Title: "Intern"})
	var sb strings.Builder
	ceo.Print(&sb, 0)
	fmt.Print(sb.String())
	fmt.Println(intern.Chain())
	fmt.Println(ceo.Count(), cto.Count(), acct.Count())
	fmt.Println(lca(dev1, intern).Name, lca(intern, acct).Name, lca(dev1, dev1).Name)
	fmt.Println(intern.Manager.Manager == cto, dev1.Manager.Reports[1] == dev2)
	copyDev := *dev1
	copyDev.Name = "Dee2"
	fmt.Println(dev1.Name, copyDev.Manager.Name, len(copyDev.Reports))
	fmt.Printf("%v %s\n", dev1.Manager.Name, strings.Repeat("=", 5))
}
