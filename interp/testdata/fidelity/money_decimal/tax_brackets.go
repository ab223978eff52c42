package main

import "fmt"

type Bracket struct {
	UpTo float64 // 0 means no upper limit
	Rate float64
}

var brackets = []Bracket{
	{11000, 0.10},
	{44725, 0.12},
	{95375, 0.22},
	{182100, 0.24},
	{0, 0.32},
}

func tax(income float64) (float64, []string) {
	var total float64
	var lines []string
	lower := 0.0
	for _, b := range brackets {
		if income <= lower {
			break
		}
		upper := b.UpTo
		if upper == 0 || income < upper {
			upper = income
		}
		t := (upper - lower) * b.Rate
		total += t
		lines = append(lines, fmt.Sprintf("%9.2f..%9.2f @ %2.0f%% = %9.2f", lower, upper, b.Rate*100, t))
		lower = b.UpTo
	}
	return total, lines
}

func main() {
	for _, inc := range []float64{8000, 50000, 250000} {
		t, lines := tax(inc)
		fmt.Printf("income %.0f: tax %.2f (effective %.2f%%)\n", inc, t, 100*t/inc)
		for _, l := range lines {
			fmt.Println("   ", l)
		}
	}

	t, lines := tax(0)
	fmt.Println(t, len(lines), lines == nil)
}
