package main

import (
	"errors"
	"fmt"
	"sort"
)

type Currency string

type Money struct {
	Amount   int64
	Currency Currency
}

var ErrCurrencyMismatch = errors.New("currency mismatch")

func (m Money) Add(o Money) (Money, error) {
	if m.Currency != o.Currency {
		return Money{}, fmt.Errorf("add %v + %v: %w", m, o, ErrCurrencyMismatch)
	}
	return Money{m.Amount + o.Amount, m.Currency}, nil
}

func (m Money) Split(n int) []Money {
	out := make([]Money, n)
	base, rem := m.Amount/int64(n), m.Amount%int64(n)
	for i := range out {
		out[i] = Money{base, m.Currency}
		if int64(i) < rem {
			out[i].Amount++
		}
	}
	return out
}

func (m Money) String() string {
	sym := map[Currency]string{"USD": "$", "EUR": "€", "JPY": "¥"}[m.Currency]
	if m.Currency == "JPY" {
		return fmt.Sprintf("%s%d", sym, m.Amount)
	}
	sign := ""
	a := m.Amount
	if a < 0 {
		sign, a = "-", -a
	}
	return fmt.Sprintf("%s%s%d.%02d", sign, sym, a/100, a%100)
}

type Wallet map[Currency]Money

func (w Wallet) Deposit(m Money) {
	cur := w[m.Currency]
	cur.Currency = m.Currency
	cur.Amount += m.Amount
	w[m.Currency] = cur
}

func (w Wallet) String() string {
	keys := make([]string, 0, len(w))
	for k := range w {
		keys = append(keys, string(k))
	}
	sort.Strings(keys)
	s := "Wallet{"
	for i, k := range keys {
		if i > 0 {
			s += ", "
		}
		s += w[Currency(k)].String()
	}
	return s + "}"
}

func main() {
	a := Money{1050, "USD"}
	b := Money{299, "USD"}
	c := Money{500, "EUR"}
	sum, err := a.Add(b)
	fmt.Println(sum, err)
	_, err = a.Add(c)
	fmt.Println(err, errors.Is(err, ErrCurrencyMismatch))
	fmt.Println(Money{1000, "USD"}.Split(3))
	fmt.Println(Money{7, "JPY"}.Split(4))
	fmt.Println(Money{-250, "EUR"})
	w := Wallet{}
	for _, m := range []Money{a, b, c, {12000, "JPY"}, {-50, "EUR"}} {
		w.Deposit(m)
	}
	fmt.Println(w)
	fmt.Printf("%v | %+v | %s\n", a, a, c)
	prices := []Money{{300, "USD"}, {150, "USD"}, {999, "USD"}, {150, "USD"}}
	sort.Slice(prices, func(i, j int) bool { return prices[i].Amount < prices[j].Amount })
	fmt.Println(prices)
	fmt.Println(prices[0] == prices[1], prices[0] == a)
	set := map[Money]bool{}
	for _, p := range prices {
		set[p] = true
	}
	fmt.Println(len(set))
}
