package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
	"time"
)

type Cents int

func (c Cents) String() string {
	s := fmt.Sprintf("%d.%02d", c/100, c%100)
	if c < 0 {
		s = fmt.Sprintf("-%d.%02d", -c/100, -c%100)
	}
	return s
}

type TxType string

const (
	Deposit    TxType = "DEP"
	Withdrawal TxType = "WDL"
	Fee        TxType = "FEE"
)

type Tx struct {
	When   time.Time
	Type   TxType
	Desc   string
	Amount Cents
}

func (t Tx) Signed() Cents {
	if t.Type == Deposit {
		return t.Amount
	}
	return -t.Amount
}

func day(m time.Month, d int) time.Time { return time.Date(2024, m, d, 9, 30, 0, 0, time.UTC) }

func main() {
	txs := []Tx{
		{day(3, 1), Deposit, "Salary", 325000},
		{day(3, 2), Withdrawal, "Rent March", 120000},
		{day(3, 5), Withdrawal, "Groceries", 8745},
		{day(3, 9), Fee, "ATM fee", 250},
		{day(3, 15), Deposit, "Refund: \"shoes\"", 5999},
		{day(3, 28), Withdrawal, "Utilities", 21010},
		{day(4, 1), Deposit, "Salary", 325000},
	}
	opening := Cents(15075)
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "Date\tType\tDescription\tAmount\tBalance\t")
	bal := opening
	byType := map[TxType]Cents{}
	for _, t := range txs {
		if t.When.Month() != time.March {
			continue
		}
		bal += t.Signed()
		byType[t.Type] += t.Amount
		fmt.Fprintf(w, "%s\t%s\t%s\t%v\t%v\t\n", t.When.Format("Jan 02"), t.Type, t.Desc, t.Signed(), bal)
	}
	w.Flush()
	fmt.Println(strings.Repeat("=", 50))
	for _, k := range []TxType{Deposit, Withdrawal, Fee} {
		fmt.Printf("%-4s %10v\n", k, byType[k])
	}
	fmt.Printf("opening %v closing %v change %+d\n", opening, bal, int(bal-opening))
	first, last := txs[0].When, txs[len(txs)-1].When
	fmt.Println("period:", first.Format(time.DateOnly), "to", last.Format("2006-01-02 15:04"), last.Sub(first).Hours()/24, "days")
	fmt.Printf("%q %v\n", txs[4].Desc, Cents(-5))
}
