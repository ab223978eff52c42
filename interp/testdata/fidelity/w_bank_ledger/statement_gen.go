package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type TxType int

const (
	Deposit TxType = iota
	Withdrawal
	Fee
)

func (t TxType) String() string {
	return map[TxType]string{Deposit: "DEP", Withdrawal: "WDL", Fee: "FEE"}[t]
}

type Tx struct {
	When   time.Time
	Type   TxType
	Amount float64
	Desc   string
}

type Statement struct {
	Holder  string
	Opening float64
	Txs     []Tx
}

func (s Statement) Render() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Statement for %s\n", s.Holder)
	fmt.Fprintf(&b, "%-10s %-3s %-18s %10s %10s\n", "date", "typ", "description", "amount", "balance")
	bal := s.Opening
	txs := append([]Tx(nil), s.Txs...)
	sort.SliceStable(txs, func(i, j int) bool { return txs[i].When.Before(txs[j].When) })
	for _, t := range txs {
		amt := t.Amount
		if t.Type != Deposit {
			amt = -amt
		}
		bal += amt
		fmt.Fprintf(&b, "%s %v %-18.18s %+10.2f %10.2f\n", t.When.Format("2006-01-02"), t.Type, t.Desc, amt, bal)
	}
	fmt.Fprintf(&b, "%s\nclosing %.2f\n", strings.Repeat("-", 55), bal)
	return b.String()
}

func day(m time.Month, d int) time.Time { return time.Date(2024, m, d, 9, 30, 0, 0, time.UTC) }

func main() {
	s := Statement{Holder: "J. Doe", Opening: 120.5, Txs: []Tx{
		{day(3, 5), Withdrawal, 40, "groceries at the corner market"},
		{day(3, 1), Deposit, 1500, "payroll"},
		{day(3, 5), Fee, 2.5, "atm"},
		{day(3, 2), Withdrawal, 900, "rent"},
		{day(2, 28), Deposit, 10, "interest"},
	}}
	fmt.Print(s.Render())
	counts := map[TxType]int{}
	sums := map[TxType]float64{}
	for _, t := range s.Txs {
		counts[t.Type]++
		sums[t.Type] += t.Amount
	}
	fmt.Println(counts, sums)
	first := s.Txs[1]
	fmt.Printf("%v|%s|%d\n", first.Type, first.When.Weekday(), first.When.YearDay())
	fmt.Println(first.When, first.When.Add(36*time.Hour).Format(time.RFC1123))
	gap := s.Txs[0].When.Sub(s.Txs[4].When)
	fmt.Println(gap, gap.Hours()/24, time.Duration(1.5*float64(time.Hour)))
	fmt.Printf("%v\n", s.Txs[2])
}
