package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type AccountID string

type Money struct {
	Units int64
	Cur   string
}

func (m Money) String() string {
	return fmt.Sprintf("%d.%02d %s", m.Units/100, abs(m.Units%100), m.Cur)
}

func abs(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

type InsufficientFunds struct {
	Account AccountID
	Need    Money
	Have    Money
}

func (e InsufficientFunds) Error() string {
	return fmt.Sprintf("account %s: need %v, have %v", e.Account, e.Need, e.Have)
}

var ErrCurrency = errors.New("currency mismatch")
var ErrUnknown = errors.New("unknown account")

type Ledger struct {
	balances map[AccountID]Money
	journal  []string
}

func (l *Ledger) Open(id AccountID, cur string) {
	l.balances[id] = Money{0, cur}
}

func (l *Ledger) Transfer(from, to AccountID, amt Money) error {
	src, ok := l.balances[from]
	if !ok {
		return fmt.Errorf("transfer from %q: %w", from, ErrUnknown)
	}
	dst, ok := l.balances[to]
	if !ok {
		return fmt.Errorf("transfer to %q: %w", to, ErrUnknown)
	}
	if src.Cur != amt.Cur || dst.Cur != amt.Cur {
		return fmt.Errorf("transfer %v %s->%s: %w", amt, from, to, ErrCurrency)
	}
	if from != "mint" && src.Units < amt.Units {
		return fmt.Errorf("transfer: %w", InsufficientFunds{from, amt, src})
	}
	src.Units -= amt.Units
	dst.Units += amt.Units
	l.balances[from], l.balances[to] = src, dst
	l.journal = append(l.journal, fmt.Sprintf("%s->%s %v", from, to, amt))
	return nil
}

func main() {
	l := &Ledger{balances: map[AccountID]Money{}}
	for _, id := range []AccountID{"mint", "alice", "bob"} {
		l.Open(id, "EUR")
	}
	l.Open("carol", "USD")
	ops := []struct {
		from, to AccountID
		amt      Money
	}{
		{"mint", "alice", Money{10000, "EUR"}},
		{"alice", "bob", Money{2550, "EUR"}},
		{"bob", "alice", Money{9999, "EUR"}},
		{"alice", "carol", Money{100, "EUR"}},
		{"dave", "bob", Money{1, "EUR"}},
		{"bob", "alice", Money{50, "EUR"}},
	}
	for i, op := range ops {
		err := l.Transfer(op.from, op.to, op.amt)
		var inf InsufficientFunds
		switch {
		case err == nil:
			fmt.Printf("#%d ok\n", i)
		case errors.As(err, &inf):
			fmt.Printf("#%d short by %v: %v\n", i, Money{inf.Need.Units - inf.Have.Units, inf.Need.Cur}, err)
			fmt.Printf("   %+v\n", inf)
		case errors.Is(err, ErrCurrency), errors.Is(err, ErrUnknown):
			fmt.Printf("#%d rejected: %v\n", i, err)
		}
	}
	ids := make([]AccountID, 0, len(l.balances))
	for id := range l.balances {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, id := range ids {
		fmt.Printf("%-6s %12v %q\n", id, l.balances[id], id)
	}
	fmt.Println(strings.Join(l.journal, "; "))
	fmt.Println(l.balances)
	fmt.Printf("%v %+v %#v\n", l.balances["bob"], l.balances["bob"], l.balances["bob"])
}
