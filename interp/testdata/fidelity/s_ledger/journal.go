package main

import (
	"fmt"
	"slices"
	"strings"
)

type Amount int64

func (a Amount) String() string {
	neg := a < 0
	if neg {
		a = -a
	}
	s := fmt.Sprintf("%d.%02d", a/100, a%100)
	if neg {
		return "(" + s + ")"
	}
	return s
}

type Entry struct {
	Account string
	Debit   Amount
	Credit  Amount
}

type Txn struct {
	ID      int
	Memo    string
	Entries []Entry
}

type UnbalancedError struct {
	TxnID         int
	Debit, Credit Amount
}

func (e UnbalancedError) Error() string {
	return fmt.Sprintf("txn %d unbalanced: debits %v != credits %v", e.TxnID, e.Debit, e.Credit)
}

func (t Txn) Check() error {
	var d, c Amount
	for _, e := range t.Entries {
		d += e.Debit
		c += e.Credit
	}
	if d != c {
		return UnbalancedError{t.ID, d, c}
	}
	return nil
}

type Ledger struct {
	balances map[string]Amount
	posted   []int
}

func (l *Ledger) Post(t Txn) error {
	if err := t.Check(); err != nil {
		return err
	}
	if l.balances == nil {
		l.balances = map[string]Amount{}
	}
	for _, e := range t.Entries {
		l.balances[e.Account] += e.Debit - e.Credit
	}
	l.posted = append(l.posted, t.ID)
	return nil
}

func (l *Ledger) TrialBalance() string {
	var sb strings.Builder
	names := make([]string, 0, len(l.balances))
	for k := range l.balances {
		names = append(names, k)
	}
	slices.Sort(names)
	var total Amount
	for _, n := range names {
		fmt.Fprintf(&sb, "%-12s %12s\n", n, l.balances[n])
		total += l.balances[n]
	}
	fmt.Fprintf(&sb, "%-12s %12s\n", "TOTAL", total)
	return sb.String()
}

func main() {
	txns := []Txn{
		{1, "owner investment", []Entry{{"cash", 500000, 0}, {"equity", 0, 500000}}},
		{2, "buy inventory", []Entry{{"inventory", 120050, 0}, {"cash", 0, 120050}}},
		{3, "sale", []Entry{{"cash", 30000, 0}, {"revenue", 0, 30000}, {"cogs", 18025, 0}, {"inventory", 0, 18025}}},
		{4, "typo", []Entry{{"cash", 100, 0}, {"revenue", 0, 10}}},
		{5, "rent", []Entry{{"rent", 75000, 0}, {"cash", 0, 75000}}},
	}
	var l Ledger
	for _, t := range txns {
		if err := l.Post(t); err != nil {
			var ue UnbalancedError
			fmt.Println("rejected:", err)
			if e, ok := err.(UnbalancedError); ok {
				ue = e
				fmt.Println("  difference:", ue.Debit-ue.Credit)
			}
			continue
		}
		fmt.Printf("posted %d %q\n", t.ID, t.Memo)
	}
	fmt.Print(l.TrialBalance())
	fmt.Println("posted ids:", l.posted)
}
