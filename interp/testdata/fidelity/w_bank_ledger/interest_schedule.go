package main

import (
	"fmt"
	"math"
	"os"
	"text/tabwriter"
)

type Rate float64

func (r Rate) String() string { return fmt.Sprintf("%.2f%%", float64(r)*100) }

type Loan struct {
	Principal float64
	Annual    Rate
	Months    int
}

type Payment struct {
	Month     int
	Interest  float64
	Principal float64
	Remaining float64
}

func (l Loan) Monthly() float64 {
	r := float64(l.Annual) / 12
	n := float64(l.Months)
	return l.Principal * r * math.Pow(1+r, n) / (math.Pow(1+r, n) - 1)
}

func (l Loan) Schedule() []Payment {
	pay := l.Monthly()
	bal := l.Principal
	r := float64(l.Annual) / 12
	out := make([]Payment, 0, l.Months)
	for m := 1; m <= l.Months; m++ {
		in := math.Round(bal*r*100) / 100
		pr := pay - in
		if m == l.Months {
			pr = bal
		}
		bal -= pr
		out = append(out, Payment{m, in, pr, math.Abs(math.Round(bal*100) / 100)})
	}
	return out
}

func main() {
	loans := map[string]Loan{
		"car":  {12000, 0.059, 6},
		"bike": {1500, 0.12, 4},
	}
	for _, name := range []string{"bike", "car"} {
		l := loans[name]
		fmt.Printf("%s: %+v monthly=%.2f\n", name, l, l.Monthly())
		w := tabwriter.NewWriter(os.Stdout, 4, 0, 1, ' ', tabwriter.AlignRight)
		fmt.Fprintln(w, "m\tinterest\tprincipal\tremaining\t")
		totalInt := 0.0
		for _, p := range l.Schedule() {
			totalInt += p.Interest
			fmt.Fprintf(w, "%d\t%.2f\t%.2f\t%.2f\t\n", p.Month, p.Interest, p.Principal, p.Remaining)
		}
		w.Flush()
		fmt.Printf("total interest %8.2f (%v)\n", totalInt, l.Annual)
	}
	fmt.Println(loans)
	fmt.Printf("%v %s %.3v %6.1f\n", Rate(0.035), Rate(0.1), Rate(0.123456), float64(Rate(0.5)))
	fmt.Printf("%e %E %g %G %.0f %08.3f\n", 123456.789, 0.000123, 1e21, 1e-7, 2.5, -3.14159)
	fmt.Printf("%b %o %O %#x %#o %X\n", 10, 64, 64, 255, 8, 3054)
}
