package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	whole, frac := int64(c)/100, int64(c)%100
	s := fmt.Sprint(whole)
	var parts []string
	for len(s) > 3 {
		parts = append([]string{s[len(s)-3:]}, parts...)
		s = s[:len(s)-3]
	}
	parts = append([]string{s}, parts...)
	return fmt.Sprintf("%s$%s.%02d", sign, strings.Join(parts, ","), frac)
}

type Account struct {
	ID      string
	Owner   string
	Balance Cents
	Limit   Cents
	Frozen  bool
}

var (
	ErrFrozen   = errors.New("account frozen")
	ErrNotFound = errors.New("no such account")
)

type InsufficientFunds struct {
	Account string
	Need    Cents
	Have    Cents
}

func (e InsufficientFunds) Error() string {
	return fmt.Sprintf("%s: insufficient funds: need %v, have %v", e.Account, e.Need, e.Have)
}

type Bank struct {
	accts map[string]*Account
	log   []string
}

func (b *Bank) get(id string) (*Account, error) {
	a, ok := b.accts[id]
	if !ok {
		return nil, fmt.Errorf("account %q: %w", id, ErrNotFound)
	}
	if a.Frozen {
		return nil, fmt.Errorf("account %q: %w", id, ErrFrozen)
	}
	return a, nil
}

func (b *Bank) Transfer(from, to string, amt Cents) (err error) {
	defer func() {
		status := "ok"
		if err != nil {
			status = "FAILED"
		}
		b.log = append(b.log, fmt.Sprintf("%s->%s %v %s", from, to, amt, status))
	}()
	src, err := b.get(from)
	if err != nil {
		return err
	}
	dst, err := b.get(to)
	if err != nil {
		return err
	}
	if src.Balance+src.Limit < amt {
		return InsufficientFunds{from, amt, src.Balance + src.Limit}
	}
	src.Balance -= amt
	dst.Balance += amt
	return nil
}

func main() {
	b := &Bank{accts: map[string]*Account{
		"A1": {ID: "A1", Owner: "Ann", Balance: 1234567},
		"B2": {ID: "B2", Owner: "Bob", Balance: 5000, Limit: 10000},
		"C3": {ID: "C3", Owner: "Cy", Balance: 99, Frozen: true},
	}}
	moves := []struct {
		from, to string
		amt      Cents
	}{
		{"A1", "B2", 250050}, {"B2", "A1", 300000}, {"B2", "A1", 255050},
		{"A1", "C3", 1}, {"A1", "Z9", 10}, {"B2", "A1", 1},
	}
	for _, m := range moves {
		err := b.Transfer(m.from, m.to, m.amt)
		var isf InsufficientFunds
		switch {
		case err == nil:
		case errors.As(err, &isf):
			fmt.Printf("short by %v: %v\n", isf.Need-isf.Have, err)
		case errors.Is(err, ErrFrozen), errors.Is(err, ErrNotFound):
			fmt.Println("rejected:", err)
		default:
			fmt.Println("unexpected:", err)
		}
	}
	ids := make([]string, 0, len(b.accts))
	for id := range b.accts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var total Cents
	for _, id := range ids {
		a := b.accts[id]
		total += a.Balance
		fmt.Printf("%-3s %-4s %15v\n", a.ID, a.Owner, a.Balance)
	}
	fmt.Println("total:", total, Cents(-123456789), Cents(5))
	fmt.Println(strings.Join(b.log, "\n"))
}
