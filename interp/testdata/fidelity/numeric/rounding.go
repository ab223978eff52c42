package main

import (
	"fmt"
	"math"
)

func roundTo(x float64, places int) float64 {
	p := math.Pow(10, float64(places))
	return math.Round(x*p) / p
}

func bankers(x float64) float64 { return math.RoundToEven(x) }

type Money int64 // cents

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign = "-"
		m = -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

func split(total Money, n int) []Money {
	base := total / Money(n)
	rem := total % Money(n)
	out := make([]Money, n)
	for i := range out {
		out[i] = base
		if Money(i) < rem {
			out[i]++
		}
	}
	return out
}

func main() {
	vals := []float64{-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 2.4999, 2.675, -0.0}
	fmt.Printf("%-8s %-6s %-6s %-6s %-6s %-6s %-6s\n", "x", "Round", "Even", "Floor", "Ceil", "Trunc", "%.0f")
	for _, v := range vals {
		fmt.Printf("%-8v %-6v %-6v %-6v %-6v %-6v %-6.0f\n", v, math.Round(v), bankers(v),
			math.Floor(v), math.Ceil(v), math.Trunc(v), v)
	}
	for _, p := range []int{0, 1, 2, 3} {
		fmt.Printf("roundTo(2.675, %d) = %v, %%.{p}f = %.*f\n", p, roundTo(2.675, p), p, 2.675)
	}
	fmt.Println("1.005*100 =", 1.005*100, "rounded:", math.Round(1.005*100))
	frac, exp := math.Frexp(48)
	fmt.Println("frexp(48):", frac, exp, "ldexp:", math.Ldexp(frac, exp))
	ip, fp := math.Modf(-3.75)
	fmt.Println("modf(-3.75):", ip, fp)

	total := Money(10000)
	parts := split(total, 3)
	fmt.Println("split $100 three ways:", parts)
	var sum Money
	for _, p := range parts {
		sum += p
	}
	fmt.Println("sum back:", sum, "negative:", Money(-1234))
	price := Money(1999)
	taxRate := 0.0825
	tax := Money(math.Round(float64(price) * taxRate))
	fmt.Printf("price %v tax %v total %v\n", price, tax, price+tax)
	fmt.Println("integer division:", 7/2, -7/2, 7%-2, float64(7)/2)
	fmt.Println("cbrt/hypot:", math.Cbrt(27), math.Hypot(3, 4), math.Pow(2, 0.5) == math.Sqrt2)
}
