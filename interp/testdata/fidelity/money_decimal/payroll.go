package main

import (
	"fmt"
	"sort"
	"strings"
)

type Employee interface {
	Name() string
	Pay() int // cents per month
}

type base struct{ name string }

func (b base) Name() string { return b.name }

type Salaried struct {
	base
	Annual int
}

func (s Salaried) Pay() int { return s.Annual / 12 }

type Hourly struct {
	base
	Rate  int
	Hours int
}

func (h Hourly) Pay() int {
	if h.Hours <= 160 {
		return h.Rate * h.Hours
	}
	return h.Rate*160 + h.Rate*3/2*(h.Hours-160)
}

type Contractor struct {
	base
	Invoices []int
}

func (c Contractor) Pay() int {
	t := 0
	for _, v := range c.Invoices {
		t += v
	}
	return t
}

func money(c int) string { return fmt.Sprintf("%d.%02d", c/100, c%100) }

func main() {
	staff := []Employee{
		Salaried{base{"Ada"}, 9600000},
		Hourly{base{"Bo"}, 2500, 172},
		Contractor{base{"Cy"}, []int{120000, 45050}},
		Hourly{base{"Di"}, 3000, 80},
	}

	sort.Slice(staff, func(i, j int) bool { return staff[i].Pay() > staff[j].Pay() })
	total := 0
	for _, e := range staff {
		fmt.Printf("%-4s %-18T %10s\n", e.Name(), e, money(e.Pay()))
		total += e.Pay()
	}
	fmt.Println(strings.Repeat("-", 34))
	fmt.Printf("%-23s %10s\n", "total", money(total))
}
