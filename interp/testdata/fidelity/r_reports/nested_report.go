package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
)

type Address struct {
	City, Zip string
}

type Employee struct {
	ID      int
	Name    string
	Salary  float64
	Manager *Employee
	Addr    Address
	Skills  []string
	Ratings map[int]float64
}

type Dept struct {
	Name  string
	Staff []*Employee
}

func (d Dept) Payroll() float64 {
	t := 0.0
	for _, e := range d.Staff {
		t += e.Salary
	}
	return t
}

func main() {
	boss := &Employee{ID: 1, Name: "Ada", Salary: 150000, Addr: Address{"London", "N1"}, Skills: []string{"math", "lead"}}
	bob := &Employee{ID: 2, Name: "Bob", Salary: 82000.5, Manager: boss, Addr: Address{"Leeds", "LS1"}, Ratings: map[int]float64{2024: 4.5, 2023: 3.75}}
	cy := &Employee{ID: 3, Name: "Cy", Salary: 64250, Manager: boss, Skills: []string{}}
	depts := []Dept{{"Eng", []*Employee{boss, bob}}, {"Ops", []*Employee{cy}}}

	fmt.Printf("%v\n", bob.Addr)
	fmt.Printf("%+v\n", bob.Addr)
	fmt.Printf("%#v\n", bob.Addr)
	fmt.Printf("%v %v\n", bob.Skills == nil, cy.Skills == nil)
	fmt.Printf("%v|%v|%#v|%#v\n", bob.Skills, cy.Skills, bob.Skills, cy.Skills)
	fmt.Printf("%v\n", bob.Ratings)
	cyc := *cy
	cyc.Manager = nil
	fmt.Printf("%+v\n", cyc)
	fmt.Println(bob.Manager.Name, cy.Manager == bob.Manager)

	w := tabwriter.NewWriter(os.Stdout, 0, 0, 1, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "dept\tid\tname\tsalary\tmanager\tskills\t")
	for _, d := range depts {
		for _, e := range d.Staff {
			mgr := "-"
			if e.Manager != nil {
				mgr = e.Manager.Name
			}
			fmt.Fprintf(w, "%s\t%d\t%s\t%10.2f\t%s\t%s\t\n", d.Name, e.ID, e.Name, e.Salary, mgr, strings.Join(e.Skills, ","))
		}
		fmt.Fprintf(w, "\t\t\t%10.2f\t\t\t\n", d.Payroll())
	}
	w.Flush()

	years := make([]int, 0)
	for y := range bob.Ratings {
		years = append(years, y)
	}
	sort.Ints(years)
	for _, y := range years {
		fmt.Printf("%d: %-6.2f|%6.1f|%x\n", y, bob.Ratings[y], bob.Ratings[y], int(bob.Ratings[y]*4))
	}
	type pair struct {
		k string
		v *int
	}
	n := 7
	ps := []pair{{"a", &n}, {"b", nil}}
	fmt.Printf("%v %v\n", ps[1], *ps[0].v)
	fmt.Printf("%+v\n", ps[1])
	fmt.Printf("%T %T %T\n", ps, depts[0], boss)
	fmt.Printf("%v\n", [][]int{{1}, {2, 3}, nil})
	fmt.Printf("%v %v\n", struct{}{}, []struct{}{{}, {}})
	fmt.Printf("%08.3f|%-10q|%10v|\n", -3.5, "q", []int{1, 2})
}
