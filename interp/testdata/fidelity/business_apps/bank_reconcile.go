package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type Txn struct {
	Date   time.Time
	Ref    string
	Amount int64 // cents; negative = debit
	Memo   string
}

func d(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

type matchKey struct {
	ref    string
	amount int64
}

type Result struct {
	Matched      [][2]Txn
	OnlyBank     []Txn
	OnlyLedger   []Txn
	DateMismatch []string
}

func reconcile(bank, ledger []Txn) Result {
	var r Result
	pending := map[matchKey][]Txn{}
	for _, t := range ledger {
		k := matchKey{t.Ref, t.Amount}
		pending[k] = append(pending[k], t)
	}
	for _, b := range bank {
		k := matchKey{b.Ref, b.Amount}
		if ls := pending[k]; len(ls) > 0 {
			l := ls[0]
			pending[k] = ls[1:]
			r.Matched = append(r.Matched, [2]Txn{b, l})
			if days := b.Date.Sub(l.Date).Hours() / 24; days > 3 || days < -3 {
				r.DateMismatch = append(r.DateMismatch, fmt.Sprintf("%s: bank %s vs ledger %s (%+.0f days)",
					b.Ref, b.Date.Format("Jan 2"), l.Date.Format("Jan 2"), days))
			}
			continue
		}
		r.OnlyBank = append(r.OnlyBank, b)
	}
	for _, ls := range pending {
		r.OnlyLedger = append(r.OnlyLedger, ls...)
	}
	sort.Slice(r.OnlyLedger, func(i, j int) bool {
		a, b := r.OnlyLedger[i], r.OnlyLedger[j]
		if !a.Date.Equal(b.Date) {
			return a.Date.Before(b.Date)
		}
		return a.Ref < b.Ref
	})
	return r
}

func fmtAmt(c int64) string {
	sign := "+"
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s%d.%02d", sign, c/100, c%100)
}

func sum(ts []Txn) (s int64) {
	for _, t := range ts {
		s += t.Amount
	}
	return
}

func main() {
	bank := []Txn{
		{d("2024-05-01"), "DEP-881", 250000, "payroll deposit"},
		{d("2024-05-03"), "CHK-1041", -12050, "check"},
		{d("2024-05-04"), "POS-77", -4599, "grocery"},
		{d("2024-05-10"), "CHK-1042", -80000, "rent"},
		{d("2024-05-15"), "FEE", -1200, "monthly fee"},
		{d("2024-05-20"), "POS-78", -4599, "grocery"},
		{d("2024-05-31"), "INT", 37, "interest"},
	}
	ledger := []Txn{
		{d("2024-05-01"), "DEP-881", 250000, "salary"},
		{d("2024-04-28"), "CHK-1041", -12050, "plumber"},
		{d("2024-05-04"), "POS-77", -4599, "groceries"},
		{d("2024-05-09"), "CHK-1042", -80000, "rent May"},
		{d("2024-05-22"), "CHK-1043", -15000, "gift"},
		{d("2024-05-20"), "POS-78", -4959, "groceries (typo)"},
	}
	r := reconcile(bank, ledger)
	fmt.Printf("matched %d pair(s)\n", len(r.Matched))
	for _, m := range r.Matched {
		fmt.Printf("  %-9s %12s  %q ~ %q\n", m[0].Ref, fmtAmt(m[0].Amount), m[0].Memo, m[1].Memo)
	}
	fmt.Println("only on bank statement:")
	for _, t := range r.OnlyBank {
		fmt.Printf("  %s %-9s %12s %s\n", t.Date.Format("01/02"), t.Ref, fmtAmt(t.Amount), t.Memo)
	}
	fmt.Println("only in ledger:")
	for _, t := range r.OnlyLedger {
		fmt.Printf("  %s %-9s %12s %s\n", t.Date.Format("01/02"), t.Ref, fmtAmt(t.Amount), t.Memo)
	}
	if len(r.DateMismatch) > 0 {
		fmt.Println("date warnings:\n  " + strings.Join(r.DateMismatch, "\n  "))
	}
	opening := int64(102500)
	bankClose := opening + sum(bank)
	ledgerClose := opening + sum(ledger)
	fmt.Printf("closing: bank %s ledger %s difference %s\n", fmtAmt(bankClose), fmtAmt(ledgerClose), fmtAmt(bankClose-ledgerClose))
	adj := sum(r.OnlyBank) - sum(r.OnlyLedger)
	fmt.Println("explained by unmatched items:", adj == bankClose-ledgerClose)
}
