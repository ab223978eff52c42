package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

func ParseCents(s string) (Cents, error) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "$")
	whole, frac, _ := strings.Cut(s, ".")
	if len(frac) > 2 {
		return 0, fmt.Errorf("parse %q: too many decimals", s)
	}
	for len(frac) < 2 {
		frac += "0"
	}
	n, err := strconv.ParseInt(whole+frac, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("parse %q: %w", s, err)
	}
	return Cents(n), nil
}

func main() {
	inputs := []string{"$12.5", "0.99", "100", "$3.14159", "abc", "-7.05"}
	var total Cents
	for _, in := range inputs {
		c, err := ParseCents(in)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		total += c
		fmt.Printf("%-8s -> %v (%d)\n", in, c, c)
	}

	fmt.Println("total:", total)
	fmt.Println([]Cents{1, 10, 100, -1})
	fmt.Printf("%s %v %d %08d\n", total, total*2, total/3, Cents(42))
}
