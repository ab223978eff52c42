package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
)

type Currency string

type Amount struct {
	Value    float64
	Currency Currency
}

func (a Amount) String() string { return fmt.Sprintf("%.2f %s", a.Value, a.Currency) }

type Rates map[Currency]float64 // value of one unit in USD

var ErrUnknownCurrency = errors.New("unknown currency")

func (r Rates) Convert(a Amount, to Currency) (Amount, error) {
	from, ok := r[a.Currency]
	if !ok {
		return Amount{}, fmt.Errorf("convert from %s: %w", a.Currency, ErrUnknownCurrency)
	}
	dst, ok := r[to]
	if !ok {
		return Amount{}, fmt.Errorf("convert to %s: %w", to, ErrUnknownCurrency)
	}
	v := a.Value * from / dst
	return Amount{math.Round(v*100) / 100, to}, nil
}

func main() {
	rates := Rates{"USD": 1, "EUR": 1.08, "GBP": 1.27, "JPY": 0.0067}

	wallet := []Amount{{100, "EUR"}, {50, "GBP"}, {12000, "JPY"}, {20, "CHF"}}
	var total float64
	for _, a := range wallet {
		usd, err := rates.Convert(a, "USD")
		if err != nil {
			fmt.Println("skip:", err, errors.Is(err, ErrUnknownCurrency))
			continue
		}
		total += usd.Value
		fmt.Printf("%-12v = %v\n", a, usd)
	}
	fmt.Printf("total %.2f USD\n", total)

	cur := make([]string, 0, len(rates))
	for c := range rates {
		cur = append(cur, string(c))
	}
	sort.Strings(cur)
	for _, c := range cur {
		a, _ := rates.Convert(Amount{1, "USD"}, Currency(c))
		fmt.Print(a, "; ")
	}
	fmt.Println()
}
