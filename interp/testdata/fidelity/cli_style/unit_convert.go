package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Unit struct {
	Name   string
	Kind   string
	Factor float64
	Offset float64
}

var units = map[string]Unit{
	"m":  {"metre", "length", 1, 0},
	"km": {"kilometre", "length", 1000, 0},
	"cm": {"centimetre", "length", 0.01, 0},
	"mi": {"mile", "length", 1609.344, 0},
	"ft": {"foot", "length", 0.3048, 0},
	"in": {"inch", "length", 0.0254, 0},
	"kg": {"kilogram", "mass", 1, 0},
	"g":  {"gram", "mass", 0.001, 0},
	"lb": {"pound", "mass", 0.45359237, 0},
	"oz": {"ounce", "mass", 0.028349523125, 0},
	"C":  {"celsius", "temp", 1, 273.15},
	"K":  {"kelvin", "temp", 1, 0},
	"F":  {"fahrenheit", "temp", 5.0 / 9.0, 273.15 - 32*5.0/9.0},
}

type ConvError struct {
	From, To string
	Reason   string
}

func (e *ConvError) Error() string {
	return fmt.Sprintf("cannot convert %s to %s: %s", e.From, e.To, e.Reason)
}

func convert(v float64, from, to string) (float64, error) {
	uf, ok := units[from]
	if !ok {
		return 0, &ConvError{from, to, "unknown unit " + from}
	}
	ut, ok := units[to]
	if !ok {
		return 0, &ConvError{from, to, "unknown unit " + to}
	}
	if uf.Kind != ut.Kind {
		return 0, &ConvError{from, to, uf.Kind + " vs " + ut.Kind}
	}
	base := v*uf.Factor + uf.Offset
	return (base - ut.Offset) / ut.Factor, nil
}

func parseQuery(q string) (float64, string, string, error) {
	// "10 km in mi" or "10km to mi"
	q = strings.ReplaceAll(q, " to ", " in ")
	parts := strings.SplitN(q, " in ", 2)
	if len(parts) != 2 {
		return 0, "", "", fmt.Errorf("query %q: missing 'in'", q)
	}
	left := strings.TrimSpace(parts[0])
	i := strings.IndexFunc(left, func(r rune) bool {
		return !(r >= '0' && r <= '9' || r == '.' || r == '-' || r == 'e')
	})
	if i <= 0 {
		return 0, "", "", fmt.Errorf("query %q: no number", q)
	}
	v, err := strconv.ParseFloat(left[:i], 64)
	if err != nil {
		return 0, "", "", err
	}
	return v, strings.TrimSpace(left[i:]), strings.TrimSpace(parts[1]), nil
}

func main() {
	queries := []string{
		"10 km in mi",
		"26.2mi to km",
		"100 C in F",
		"-40 F in C",
		"0 K in C",
		"98.6F in K",
		"5 ft in cm",
		"12 in to m",
		"1 lb in g",
		"16 oz in lb",
		"3 kg in m",
		"7 parsec in m",
		"km in mi",
		"10 km",
		"1e3 g in kg",
	}
	for _, q := range queries {
		v, from, to, err := parseQuery(q)
		if err != nil {
			fmt.Println("parse error:", err)
			continue
		}
		r, err := convert(v, from, to)
		if err != nil {
			if ce, ok := err.(*ConvError); ok {
				fmt.Printf("%-14s -> error (%s)\n", q, ce.Reason)
			}
			continue
		}
		fmt.Printf("%-14s -> %g %s = %.4f %s (%s)\n", q, v, units[from].Name, r, units[to].Name, strconv.FormatFloat(r, 'g', 6, 64))
	}
}
