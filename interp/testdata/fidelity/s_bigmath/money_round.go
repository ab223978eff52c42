package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

type Money int64 // in cents

func ParseMoney(s string) (Money, error) {
	s = strings.TrimSpace(strings.TrimPrefix(s, "$"))
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	s = strings.ReplaceAll(s, ",", "")
	whole, frac, _ := strings.Cut(s, ".")
	if len(frac) > 2 {
		return 0, fmt.Errorf("too many decimals in %q", s)
	}
	frac = (frac + "00")[:2]
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("parse money: %w", err)
	}
	f, _ := strconv.ParseInt(frac, 10, 64)
	m := Money(w*100 + f)
	if neg {
		m = -m
	}
	return m, nil
}

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign, m = "-", -m
	}
	d := strconv.FormatInt(int64(m/100), 10)
	var parts []string
	for len(d) > 3 {
		parts = append([]string{d[len(d)-3:]}, parts...)
		d = d[:len(d)-3]
	}
	parts = append([]string{d}, parts...)
	return fmt.Sprintf("%s$%s.%02d", sign, strings.Join(parts, ","), int64(m%100))
}

// Split divides m into n parts that differ by at most one cent.
func (m Money) Split(n int) []Money {
	base, rem := m/Money(n), m%Money(n)
	out := make([]Money, n)
	for i := range out {
		out[i] = base
		if Money(i) < rem {
			out[i]++
		}
	}
	return out
}

func (m Money) MulRate(r float64) Money {
	return Money(math.Round(float64(m) * r))
}

func main() {
	for _, s := range []string{"$1,234.5", "-0.07", "12", "3.999", "abc", "$1,000,000.01"} {
		m, err := ParseMoney(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-14s -> %v (%d)\n", s, m, int64(m))
	}
	bill := Money(10000)
	parts := bill.Split(3)
	var sum Money
	for _, p := range parts {
		sum += p
	}
	fmt.Println(parts, sum == bill)
	fmt.Println(Money(-101).Split(4))
	price := Money(1999)
	fmt.Println(price.MulRate(1.0825), price.MulRate(0.15), Money(5).MulRate(0.5), Money(-5).MulRate(0.5))
	fmt.Printf("%v|%s|%d|%08d\n", price, price, price, price)
}
