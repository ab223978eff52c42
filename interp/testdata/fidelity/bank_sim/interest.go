package main

import (
	"fmt"
	"math"
)

type Compounding int

const (
	Yearly Compounding = iota + 1
	Quarterly
	Monthly
)

func (c Compounding) PeriodsPerYear() int {
	switch c {
	case Yearly:
		return 1
	case Quarterly:
		return 4
	case Monthly:
		return 12
	}
	return 0
}

func (c Compounding) String() string {
	return [...]string{"?", "yearly", "quarterly", "monthly"}[c]
}

func futureValue(principal, rate float64, years int, c Compounding) float64 {
	n := float64(c.PeriodsPerYear())
	return principal * math.Pow(1+rate/n, n*float64(years))
}

func round2(x float64) float64 { return math.Round(x*100) / 100 }

func main() {
	principal := 1000.0
	rate := 0.05

	for _, c := range []Compounding{Yearly, Quarterly, Monthly} {
		fv := futureValue(principal, rate, 10, c)
		fmt.Printf("%-10v %10.2f\n", c, fv)
	}

	balance := 500.0
	for year := 1; year <= 5; year++ {
		interest := round2(balance * 0.03)
		balance = round2(balance + interest + 100)
		fmt.Printf("year %d: interest %.2f balance %.2f\n", year, interest, balance)
	}

	target := 2000.0
	years := 0
	for b := principal; b < target; years++ {
		b *= 1 + rate
	}
	fmt.Println("years to double:", years)
	fmt.Printf("%v %s %d\n", Monthly, Quarterly, Yearly)
}
