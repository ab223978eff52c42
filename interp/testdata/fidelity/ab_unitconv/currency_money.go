package main

import (
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strings"
)

type Currency string

type Money struct {
	Amount *big.Rat
	Cur    Currency
}

func M(s string, c Currency) Money {
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		panic("bad amount " + s)
	}
	return Money{r, c}
}

var decimals = map[Currency]int{"USD": 2, "EUR": 2, "JPY": 0, "BHD": 3}

func (m Money) String() string {
	d, ok := decimals[m.Cur]
	if !ok {
		d = 2
	}
	return m.Amount.FloatString(d) + " " + string(m.Cur)
}

type MismatchError struct{ A, B Currency }

func (e MismatchError) Error() string { return fmt.Sprintf("currency mismatch: %s vs %s", e.A, e.B) }

func (m Money) Add(o Money) (Money, error) {
	if m.Cur != o.Cur {
		return Money{}, MismatchError{m.Cur, o.Cur}
	}
	return Money{new(big.Rat).Add(m.Amount, o.Amount), m.Cur}, nil
}

// Split divides m into n parts that differ by at most one minor unit and sum to m.
func (m Money) Split(n int) []Money {
	d := decimals[m.Cur]
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(d)), nil)
	minor := new(big.Rat).Mul(m.Amount, new(big.Rat).SetInt(scale))
	units := new(big.Int).Quo(minor.Num(), minor.Denom())
	q, r := new(big.Int).QuoRem(units, big.NewInt(int64(n)), new(big.Int))
	out := make([]Money, n)
	for i := range out {
		u := new(big.Int).Set(q)
		if int64(i) < r.Int64() {
			u.Add(u, big.NewInt(1))
		}
		out[i] = Money{new(big.Rat).SetFrac(u, scale), m.Cur}
	}
	return out
}

type Rates map[[2]Currency]*big.Rat

var ErrNoRate = errors.New("no exchange rate")

func (r Rates) Convert(m Money, to Currency) (Money, error) {
	if m.Cur == to {
		return m, nil
	}
	if rate, ok := r[[2]Currency{m.Cur, to}]; ok {
		return Money{new(big.Rat).Mul(m.Amount, rate), to}, nil
	}
	if rate, ok := r[[2]Currency{to, m.Cur}]; ok {
		return Money{new(big.Rat).Quo(m.Amount, rate), to}, nil
	}
	return Money{}, fmt.Errorf("%s→%s: %w", m.Cur, to, ErrNoRate)
}

func main() {
	rates := Rates{
		{"USD", "EUR"}: big.NewRat(92, 100),
		{"USD", "JPY"}: big.NewRat(15123, 100),
		{"BHD", "USD"}: big.NewRat(2652, 1000),
	}
	bill := M("100.00", "USD")
	for _, n := range []int{3, 7} {
		parts := bill.Split(n)
		sum := M("0", "USD")
		for _, p := range parts {
			sum, _ = sum.Add(p)
		}
		fmt.Printf("split %d: %v sum=%v\n", n, parts, sum)
	}
	fmt.Println(M("1000", "JPY").Split(3), M("1.000", "BHD").Split(6))
	for _, to := range []Currency{"EUR", "JPY", "BHD", "GBP", "USD"} {
		c, err := rates.Convert(bill, to)
		if errors.Is(err, ErrNoRate) {
			fmt.Println("convert:", err)
			continue
		}
		fmt.Printf("%v = %v\n", bill, c)
	}
	_, err := bill.Add(M("5", "EUR"))
	var me MismatchError
	fmt.Println(err, errors.As(err, &me), me.B)
	ledger := []Money{M("19.99", "USD"), M("5", "EUR"), M("1200", "JPY"), M("0.750", "BHD"), M("-3.5", "USD")}
	totals := map[Currency]Money{}
	for _, m := range ledger {
		if t, ok := totals[m.Cur]; ok {
			totals[m.Cur], _ = t.Add(m)
		} else {
			totals[m.Cur] = m
		}
	}
	curs := make([]string, 0, len(totals))
	for c := range totals {
		curs = append(curs, string(c))
	}
	sort.Strings(curs)
	var grand Money = M("0", "USD")
	for _, c := range curs {
		usd, err := rates.Convert(totals[Currency(c)], "USD")
		if err != nil {
			fmt.Println("skip", err)
			continue
		}
		grand, _ = grand.Add(usd)
		fmt.Printf("%-4s %14v = %v\n", c, totals[Currency(c)], usd)
	}
	fmt.Println(strings.Repeat("=", 30))
	fmt.Printf("%-4s %31v\n", "all", grand)
	fmt.Println(grand.Amount.RatString(), grand.Amount.FloatString(6))
}
