package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type EntryKind int

const (
	Deposit EntryKind = iota + 1
	Withdrawal
	Fee
	Interest
)

var kindNames = map[EntryKind]string{Deposit: "deposit", Withdrawal: "withdrawal", Fee: "fee", Interest: "interest"}

func (k EntryKind) String() string { return kindNames[k] }

type Entry struct {
	When   time.Time
	Kind   EntryKind
	Amount Cents
	Memo   string
}

type Ledger struct {
	entries []Entry
	limit   Cents
}

var ErrOverdraft = errors.New("overdraft limit exceeded")

func (l *Ledger) Balance() (b Cents) {
	for _, e := range l.entries {
		switch e.Kind {
		case Deposit, Interest:
			b += e.Amount
		case Withdrawal, Fee:
			b -= e.Amount
		}
	}
	return
}

func (l *Ledger) Post(e Entry) error {
	if (e.Kind == Withdrawal || e.Kind == Fee) && l.Balance()-e.Amount < -l.limit {
		return fmt.Errorf("%v of %v on %s: %w", e.Kind, e.Amount, e.When.Format("Jan 2"), ErrOverdraft)
	}
	l.entries = append(l.entries, e)
	return nil
}

func main() {
	start := time.Date(2024, time.February, 26, 9, 0, 0, 0, time.UTC)
	l := &Ledger{limit: 5000}
	plan := []Entry{
		{Kind: Deposit, Amount: 120000, Memo: "salary"},
		{Kind: Withdrawal, Amount: 45050, Memo: "rent"},
		{Kind: Withdrawal, Amount: 80000, Memo: "laptop"},
		{Kind: Fee, Amount: 1500, Memo: "overdraft fee"},
		{Kind: Withdrawal, Amount: 9999, Memo: "groceries"},
		{Kind: Interest, Amount: 37, Memo: "monthly"},
	}
	for i, e := range plan {
		e.When = start.AddDate(0, 0, i*2)
		if err := l.Post(e); err != nil {
			fmt.Println("rejected:", err, errors.Is(err, ErrOverdraft))
			continue
		}
		fmt.Printf("%s %-10v %9v  balance %v\n", e.When.Format("Mon Jan _2"), e.Kind, e.Amount, l.Balance())
	}
	byKind := map[EntryKind]Cents{}
	for _, e := range l.entries {
		byKind[e.Kind] += e.Amount
	}
	kinds := make([]EntryKind, 0, len(byKind))
	for k := range byKind {
		kinds = append(kinds, k)
	}
	sort.Slice(kinds, func(i, j int) bool { return kinds[i] < kinds[j] })
	var parts []string
	for _, k := range kinds {
		parts = append(parts, fmt.Sprintf("%v=%v", k, byKind[k]))
	}
	fmt.Println(strings.Join(parts, ", "))
	fmt.Println(l.entries[len(l.entries)-1].When.Sub(start), Cents(-5), Cents(7))
	fmt.Printf("%v\n", l.entries[0])
}
