package main

import "fmt"

type Employee struct {
	Name    string
	Manager *Employee
	Reports []*Employee
}

func (e *Employee) AddReport(r *Employee) {
	r.Manager = e
	e.Reports = append(e.Reports, r)
}

func (e *Employee) Chain() []string {
	var out []string
	for cur := e; cur != nil; cur = cur.Manager {
		out = append(out, cur.Name)
	}
	return out
}

func (e *Employee) Count() int {
	n := 1
	for _, r := range e.Reports {
		n += r.Count()
	}
	return n
}

func main() {
	ceo := &Employee{Name: "Ceo"}
	cto := &Employee{Name: "Cto"}
	dev := &Employee{Name: "Dev"}
	ops := &Employee{Name: "Ops"}
	ceo.AddReport(cto)
	cto.AddReport(dev)
	cto.AddReport(ops)
	fmt.Println(dev.Chain(), ceo.Count(), len(cto.Reports))
	fmt.Println(dev.Manager.Manager == ceo)
}
