package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Amount int64

func (a Amount) String() string { return fmt.Sprintf("%d.%02d", a/100, abs(a%100)) }
func abs(a Amount) Amount {
	if a < 0 {
		return -a
	}
	return a
}

type Kind int

const (
	Asset Kind = iota
	Liability
	Equity
	Income
	Expense
)

var kindNames = [...]string{"Asset", "Liability", "Equity", "Income", "Expense"}

func (k Kind) String() string    { return kindNames[k] }
func (k Kind) debitNormal() bool { return k == Asset || k == Expense }

type Posting struct {
	Account string
	Debit   Amount
	Credit  Amount
}

type Entry struct {
	Memo     string
	Postings []Posting
}

type UnbalancedError struct {
	Memo          string
	Debit, Credit Amount
}

func (e *UnbalancedError) Error() string {
	return fmt.Sprintf("entry %q unbalanced: debits %v != credits %v", e.Memo, e.Debit, e.Credit)
}

var ErrUnknownAccount = errors.New("unknown account")

type Ledger struct {
	kinds    map[string]Kind
	balances map[string]Amount
	journal  []Entry
}

func (l *Ledger) Post(e Entry) error {
	var dr, cr Amount
	var errs []error
	for _, p := range e.Postings {
		if _, ok := l.kinds[p.Account]; !ok {
			errs = append(errs, fmt.Errorf("%s: %w", p.Account, ErrUnknownAccount))
		}
		dr += p.Debit
		cr += p.Credit
	}
	if dr != cr {
		errs = append(errs, &UnbalancedError{e.Memo, dr, cr})
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("post %q: %w", e.Memo, err)
	}
	for _, p := range e.Postings {
		l.balances[p.Account] += p.Debit - p.Credit
	}
	l.journal = append(l.journal, e)
	return nil
}

func main() {
	l := &Ledger{
		kinds: map[string]Kind{"Cash": Asset, "Bank": Asset, "Loan": Liability,
			"Capital": Equity, "Sales": Income, "Rent": Expense},
		balances: map[string]Amount{},
	}
	entries := []Entry{
		{"owner invests", []Posting{{"Bank", 500000, 0}, {"Capital", 0, 500000}}},
		{"take loan", []Posting{{"Bank", 200000, 0}, {"Loan", 0, 200000}}},
		{"cash sale", []Posting{{"Cash", 12550, 0}, {"Sales", 0, 12550}}},
		{"pay rent", []Posting{{"Rent", 90000, 0}, {"Bank", 0, 90000}}},
		{"typo", []Posting{{"Rent", 100, 0}, {"Bank", 0, 10}}},
		{"ghost", []Posting{{"Ghost", 5, 0}, {"Cash", 0, 4}}},
	}
	for _, e := range entries {
		if err := l.Post(e); err != nil {
			fmt.Println("ERR", strings.ReplaceAll(err.Error(), "\n", " / "))
			var ue *UnbalancedError
			fmt.Println("  unbalanced:", errors.As(err, &ue), "unknown:", errors.Is(err, ErrUnknownAccount))
		}
	}
	names := make([]string, 0, len(l.kinds))
	for n := range l.kinds {
		names = append(names, n)
	}
	slices.SortFunc(names, func(a, b string) int {
		if c := int(l.kinds[a]) - int(l.kinds[b]); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	var dr, cr Amount
	fmt.Printf("%-8s %-9s %10s %10s\n", "account", "kind", "debit", "credit")
	for _, n := range names {
		b := l.balances[n]
		if b >= 0 {
			dr += b
			fmt.Printf("%-8s %-9v %10v %10s\n", n, l.kinds[n], b, "")
		} else {
			cr -= b
			fmt.Printf("%-8s %-9v %10s %10v\n", n, l.kinds[n], "", -b)
		}
	}
	fmt.Printf("%-18s %10v %10v balanced=%t\n", "TOTAL", dr, cr, dr == cr)
	fmt.Println(len(l.journal), Amount(-250), Expense.debitNormal(), Income)
}
