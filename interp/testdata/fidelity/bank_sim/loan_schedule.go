package main

import (
	"fmt"
	"math"
	"strings"
)

type Payment struct {
	N         int
	Interest  float64
	Principal float64
	Remaining float64
}

func amortize(amount, annualRate float64, months int) []Payment {
	r := annualRate / 12
	pay := amount * r / (1 - math.Pow(1+r, -float64(months)))
	var out []Payment
	remaining := amount
	for n := 1; n <= months; n++ {
		interest := remaining * r
		principal := pay - interest
		remaining -= principal
		if math.Abs(remaining) < 1e-6 {
			remaining = 0
		}
		out = append(out, Payment{n, interest, principal, remaining})
	}
	return out
}

func main() {
	sched := amortize(10000, 0.06, 12)
	fmt.Println(strings.Repeat("=", 44))
	fmt.Printf("%3s %12s %12s %12s\n", "#", "interest", "principal", "remaining")
	fmt.Println(strings.Repeat("-", 44))

	var totalInterest float64
	for _, p := range sched {
		totalInterest += p.Interest
		fmt.Printf("%3d %12.2f %12.2f %12.2f\n", p.N, p.Interest, p.Principal, p.Remaining)
	}

	fmt.Println(strings.Repeat("=", 44))
	fmt.Printf("total interest: %.2f\n", totalInterest)
	fmt.Printf("first: %+v\n", sched[0].N)
}
