package main

import (
	"errors"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("%d.%02d", c/100, c%100) }

type Entry struct {
	ID      int
	Account string
	Amount  Cents
	Memo    string
}

type Ledger struct {
	entries []Entry
	nextID  int
}

func (l *Ledger) Post(acct string, amt Cents, memo string) *Entry {
	l.nextID++
	l.entries = append(l.entries, Entry{l.nextID, acct, amt, memo})
	return &l.entries[len(l.entries)-1]
}

// All yields entries in posting order.
func (l *Ledger) All() iter.Seq2[int, Entry] {
	return func(yield func(int, Entry) bool) {
		for i, e := range l.entries {
			if !yield(i, e) {
				return
			}
		}
	}
}

// Where yields the entries that match.
func (l *Ledger) Where(pred func(Entry) bool) iter.Seq[Entry] {
	return func(yield func(Entry) bool) {
		for _, e := range l.entries {
			if pred(e) && !yield(e) {
				return
			}
		}
	}
}

func Sum[T Number](seq iter.Seq[T]) T {
	var s T
	for v := range seq {
		s += v
	}
	return s
}

func Amounts(seq iter.Seq[Entry]) iter.Seq[Cents] {
	return func(yield func(Cents) bool) {
		for e := range seq {
			if !yield(e.Amount) {
				return
			}
		}
	}
}

var ErrUnbalanced = errors.New("ledger does not balance")

func (l *Ledger) Check() error {
	total := Sum(Amounts(l.Where(func(Entry) bool { return true })))
	if total != 0 {
		return fmt.Errorf("%w: off by %v", ErrUnbalanced, total)
	}
	return nil
}

func main() {
	var l Ledger
	l.Post("cash", 150000, "opening capital")
	l.Post("equity", -150000, "opening capital")
	l.Post("rent", 120000, "march rent")
	l.Post("cash", -120000, "march rent")
	e := l.Post("supplies", 4599, "paper")
	l.Post("cash", -4599, "paper")
	e.Memo = "paper (changed)"

	for i, en := range l.All() {
		fmt.Printf("%d #%d %-9s %10v  %s\n", i, en.ID, en.Account, en.Amount, en.Memo)
		if i == 3 {
			fmt.Println("   ... stopping early")
			break
		}
	}

	balances := map[string]Cents{}
	for _, en := range l.All() {
		balances[en.Account] += en.Amount
	}
	for _, acct := range slices.Sorted(maps.Keys(balances)) {
		fmt.Printf("%-9s %10v\n", acct, balances[acct])
	}
	fmt.Println("check:", l.Check())

	l.Post("cash", 1, "rounding error")
	err := l.Check()
	fmt.Println("check:", err, errors.Is(err, ErrUnbalanced))

	debits := slices.Collect(Amounts(l.Where(func(e Entry) bool { return e.Amount > 0 })))
	fmt.Println("debits:", debits, "sum", Sum(slices.Values(debits)))
	memos := []string{}
	for en := range l.Where(func(e Entry) bool { return strings.Contains(e.Memo, "rent") }) {
		memos = append(memos, en.Memo)
	}
	fmt.Printf("%q\n", memos)
	fmt.Println(Sum(slices.Values([]float64{0.1, 0.2, 0.3})), Sum(slices.Values([]int{1, 2, 3})))
}
