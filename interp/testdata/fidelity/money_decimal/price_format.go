package main

import (
	"fmt"
	"strconv"
	"strings"
)

func groupThousands(n int64, sep string) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var parts []string
	for len(s) > 3 {
		parts = append([]string{s[len(s)-3:]}, parts...)
		s = s[:len(s)-3]
	}
	parts = append([]string{s}, parts...)
	out := strings.Join(parts, sep)
	if neg {
		out = "-" + out
	}
	return out
}

type Locale struct {
	Thousands, Decimal, Symbol string
	SymbolAfter                bool
}

func (l Locale) Format(cents int64) string {
	whole := groupThousands(cents/100, l.Thousands)
	frac := cents % 100
	if frac < 0 {
		frac = -frac
	}
	num := fmt.Sprintf("%s%s%02d", whole, l.Decimal, frac)
	if l.SymbolAfter {
		return num + " " + l.Symbol
	}
	return l.Symbol + num
}

func main() {
	us := Locale{",", ".", "$", false}
	de := Locale{".", ",", "€", true}
	ch := Locale{"'", ".", "CHF ", false}

	for _, c := range []int64{0, 5, 123456, 100000000, -987654321} {
		fmt.Printf("%-18s %-20s %s\n", us.Format(c), de.Format(c), ch.Format(c))
	}

	fmt.Println(groupThousands(1000, " "), groupThousands(-999, ","), groupThousands(1234567890123, "_"))
	fmt.Printf("%.2f %8.3f %-8.1f| %e %g\n", 1234.5678, 3.14159, 2.0, 123456.789, 0.000012)
}
