package main

import (
	"fmt"
	"sort"
	"strings"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type Employee interface {
	Name() string
	Pay() Cents
}

type Salaried struct {
	name   string
	Annual Cents
}

type Hourly struct {
	name     string
	Rate     Cents
	Hours    float64
	Overtime float64
}

type Commissioned struct {
	Salaried
	Sales Cents
	Pct   float64
}

func (s Salaried) Name() string { return s.name }
func (s Salaried) Pay() Cents   { return s.Annual / 24 }
func (h Hourly) Name() string   { return h.name }
func (h Hourly) Pay() Cents {
	regular := Cents(float64(h.Rate) * h.Hours)
	ot := Cents(float64(h.Rate) * 1.5 * h.Overtime)
	return regular + ot
}
func (c Commissioned) Pay() Cents {
	return c.Salaried.Pay() + Cents(float64(c.Sales)*c.Pct/100)
}

type Deduction struct {
	Label string
	Rate  float64
	Cap   Cents
}

func (d Deduction) Apply(gross Cents) Cents {
	amt := Cents(float64(gross) * d.Rate)
	if d.Cap > 0 && amt > d.Cap {
		return d.Cap
	}
	return amt
}

type Stub struct {
	Employee Employee
	Gross    Cents
	Lines    map[string]Cents
	Net      Cents
}

func run(emps []Employee, ded []Deduction) []Stub {
	var stubs []Stub
	for _, e := range emps {
		s := Stub{Employee: e, Gross: e.Pay(), Lines: map[string]Cents{}}
		s.Net = s.Gross
		for _, d := range ded {
			a := d.Apply(s.Gross)
			s.Lines[d.Label] = a
			s.Net -= a
		}
		stubs = append(stubs, s)
	}
	sort.Slice(stubs, func(i, j int) bool { return stubs[i].Net > stubs[j].Net })
	return stubs
}

func main() {
	emps := []Employee{
		Salaried{"Ada", 9600000},
		Hourly{"Bo", 2550, 80, 6.5},
		Commissioned{Salaried{"Cy", 4800000}, 3500000, 4.5},
		Hourly{name: "Di", Rate: 1800, Hours: 40},
	}
	ded := []Deduction{{"tax", 0.22, 0}, {"pension", 0.05, 15000}, {"health", 0.015, 0}}
	stubs := run(emps, ded)
	fmt.Printf("%-4s %12s %10s %10s %10s %12s\n", "name", "gross", "tax", "pension", "health", "net")
	fmt.Println(strings.Repeat("-", 63))
	var total Cents
	for _, s := range stubs {
		fmt.Printf("%-4s %12v %10v %10v %10v %12v\n", s.Employee.Name(), s.Gross, s.Lines["tax"], s.Lines["pension"], s.Lines["health"], s.Net)
		total += s.Net
	}
	fmt.Println(strings.Repeat("-", 63))
	fmt.Printf("%-4s %59v\n", "sum", total)
	for _, s := range stubs {
		kind := "?"
		switch s.Employee.(type) {
		case Salaried:
			kind = "salaried"
		case Hourly:
			kind = "hourly"
		case Commissioned:
			kind = "commission"
		}
		fmt.Printf("%s is %s; %s\n", s.Employee.Name(), kind, s.Employee.Pay())
	}
	fmt.Println(Cents(-1234), Cents(5))
}
