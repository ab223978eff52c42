package main

import (
	"fmt"
	"math"
	"strings"
)

type Loan struct {
	Principal  float64
	AnnualRate float64 // e.g. 0.065
	Months     int
	ExtraPay   float64
}

type Row struct {
	N                        int
	Payment, Interest, Princ float64
	Balance                  float64
}

func round2(x float64) float64 { return math.Round(x*100) / 100 }

// Payment is the fixed monthly payment from the standard annuity formula.
func (l Loan) Payment() float64 {
	r := l.AnnualRate / 12
	if r == 0 {
		return round2(l.Principal / float64(l.Months))
	}
	p := l.Principal * r / (1 - math.Pow(1+r, -float64(l.Months)))
	return round2(p)
}

func (l Loan) Schedule() []Row {
	var rows []Row
	bal := l.Principal
	pay := l.Payment()
	r := l.AnnualRate / 12
	for n := 1; bal > 0.005; n++ {
		interest := round2(bal * r)
		p := pay + l.ExtraPay
		if p > bal+interest {
			p = round2(bal + interest)
		}
		princ := round2(p - interest)
		bal = round2(bal - princ)
		rows = append(rows, Row{n, p, interest, princ, bal})
		if n > 1000 {
			break
		}
	}
	return rows
}

func printSchedule(title string, l Loan, show int) {
	rows := l.Schedule()
	fmt.Println(title)
	fmt.Printf("principal %.2f at %.3f%% for %d months, payment %.2f (+%.2f extra)\n",
		l.Principal, l.AnnualRate*100, l.Months, l.Payment(), l.ExtraPay)
	fmt.Printf("%4s %10s %10s %10s %12s\n", "#", "payment", "interest", "principal", "balance")
	var totInt float64
	for i, r := range rows {
		totInt += r.Interest
		if i < show || i >= len(rows)-2 {
			fmt.Printf("%4d %10.2f %10.2f %10.2f %12.2f\n", r.N, r.Payment, r.Interest, r.Princ, r.Balance)
		} else if i == show {
			fmt.Println(strings.Repeat(" ", 4), "...")
		}
	}
	fmt.Printf("paid off after %d payments; total interest %.2f\n\n", len(rows), round2(totInt))
}

func main() {
	car := Loan{Principal: 18500, AnnualRate: 0.069, Months: 60}
	printSchedule("Car loan", car, 3)

	home := Loan{Principal: 250000, AnnualRate: 0.0575, Months: 360, ExtraPay: 200}
	printSchedule("Mortgage with extra payments", home, 2)

	zero := Loan{Principal: 1200, AnnualRate: 0, Months: 12}
	printSchedule("0% furniture plan", zero, 12)

	fmt.Println("Rate sensitivity (200k, 30y):")
	for _, rate := range []float64{0.04, 0.05, 0.06, 0.07} {
		l := Loan{Principal: 200000, AnnualRate: rate, Months: 360}
		total := l.Payment() * 360
		fmt.Printf("  %.0f%%: %8.2f/mo, total %11.2f, interest share %5.1f%%\n",
			rate*100, l.Payment(), total, 100*(total-l.Principal)/total)
	}
}
