package main

import (
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strings"
)

type Currency string

type RateTable struct {
	base  Currency
	rates map[Currency]*big.Rat // units of currency per 1 base
}

var ErrUnknownCurrency = errors.New("unknown currency")

func NewRateTable(base Currency, spec string) (*RateTable, error) {
	rt := &RateTable{base: base, rates: map[Currency]*big.Rat{base: big.NewRat(1, 1)}}
	for _, part := range strings.Fields(spec) {
		code, val, ok := strings.Cut(part, "=")
		if !ok {
			return nil, fmt.Errorf("bad rate %q", part)
		}
		r, ok := new(big.Rat).SetString(val)
		if !ok {
			return nil, fmt.Errorf("bad number in %q", part)
		}
		rt.rates[Currency(code)] = r
	}
	return rt, nil
}

func (rt *RateTable) Convert(amount *big.Rat, from, to Currency) (*big.Rat, error) {
	rf, ok := rt.rates[from]
	if !ok {
		return nil, fmt.Errorf("convert from %s: %w", from, ErrUnknownCurrency)
	}
	rto, ok := rt.rates[to]
	if !ok {
		return nil, fmt.Errorf("convert to %s: %w", to, ErrUnknownCurrency)
	}
	out := new(big.Rat).Quo(amount, rf)
	return out.Mul(out, rto), nil
}

var decimals = map[Currency]int{"JPY": 0, "KWD": 3}

func format(r *big.Rat, c Currency) string {
	dp, ok := decimals[c]
	if !ok {
		dp = 2
	}
	return r.FloatString(dp) + " " + string(c)
}

func main() {
	rt, err := NewRateTable("USD", "EUR=0.9215 GBP=0.7893 JPY=151.62 CHF=0.9034 KWD=0.3076 CAD=1.3598")
	if err != nil {
		fmt.Println(err)
		return
	}
	codes := make([]string, 0, len(rt.rates))
	for c := range rt.rates {
		codes = append(codes, string(c))
	}
	sort.Strings(codes)
	fmt.Println("currencies:", strings.Join(codes, " "))

	amt, _ := new(big.Rat).SetString("1250.75")
	for _, to := range []Currency{"EUR", "GBP", "JPY", "KWD", "USD"} {
		v, err := rt.Convert(amt, "USD", to)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("1250.75 USD = %s\n", format(v, to))
	}

	cross := []struct {
		amount   string
		from, to Currency
	}{
		{"100", "EUR", "GBP"},
		{"10000", "JPY", "CHF"},
		{"99.99", "CAD", "EUR"},
		{"5", "XYZ", "USD"},
		{"5", "USD", "ABC"},
	}
	for _, c := range cross {
		a, _ := new(big.Rat).SetString(c.amount)
		v, err := rt.Convert(a, c.from, c.to)
		if errors.Is(err, ErrUnknownCurrency) {
			fmt.Println("skip:", err)
			continue
		}
		fmt.Printf("%s %s -> %s\n", c.amount, c.from, format(v, c.to))
	}

	// round trip shows exact rational arithmetic
	a, _ := new(big.Rat).SetString("123.45")
	x, _ := rt.Convert(a, "USD", "JPY")
	back, _ := rt.Convert(x, "JPY", "USD")
	fmt.Println("round trip exact:", back.Cmp(a) == 0, back.RatString())
	f, exact := x.Float64()
	fmt.Printf("as float: %.4f exact=%v\n", f, exact)

	_, err = NewRateTable("USD", "EUR=abc")
	fmt.Println("bad table:", err)
}
