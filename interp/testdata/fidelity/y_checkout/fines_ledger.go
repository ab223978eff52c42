package main

import (
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
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type Entry struct {
	Member string
	Amount Cents
	Memo   string
}

type Ledger struct {
	entries []Entry
}

func (l *Ledger) Charge(m string, a Cents, memo string) {
	l.entries = append(l.entries, Entry{m, a, memo})
}
func (l *Ledger) Pay(m string, a Cents) { l.entries = append(l.entries, Entry{m, -a, "payment"}) }

func (l Ledger) Balances() map[string]Cents {
	out := map[string]Cents{}
	for _, e := range l.entries {
		out[e.Member] += e.Amount
	}
	return out
}

func (l Ledger) Statement(m string) string {
	var b strings.Builder
	var run Cents
	fmt.Fprintf(&b, "Statement for %s\n", m)
	for _, e := range l.entries {
		if e.Member != m {
			continue
		}
		run += e.Amount
		fmt.Fprintf(&b, "  %-12s %8v %8v\n", e.Memo, e.Amount, run)
	}
	return b.String()
}

type byOwed []struct {
	Name string
	Owes Cents
}

func (b byOwed) Len() int { return len(b) }
func (b byOwed) Less(i, j int) bool {
	return b[i].Owes > b[j].Owes || b[i].Owes == b[j].Owes && b[i].Name < b[j].Name
}
func (b byOwed) Swap(i, j int) { b[i], b[j] = b[j], b[i] }

func main() {
	var l Ledger
	l.Charge("ann", 125, "late Dune")
	l.Charge("bob", 300, "lost card")
	l.Charge("ann", 50, "late Cosmos")
	l.Pay("ann", 100)
	l.Charge("cy", 175, "damage")
	l.Pay("bob", 400)
	fmt.Print(l.Statement("ann"))
	fmt.Print(l.Statement("bob"))
	bal := l.Balances()
	fmt.Println(bal)
	var rows byOwed
	for n, c := range bal {
		rows = append(rows, struct {
			Name string
			Owes Cents
		}{n, c})
	}
	sort.Sort(rows)
	for _, r := range rows {
		fmt.Printf("%-4s %v\n", r.Name, r.Owes)
	}
	fmt.Println(rows[0])
	fmt.Printf("%v %d %s\n", Cents(-5), Cents(-5), Cents(1234567))
	total := Cents(0)
	for _, c := range bal {
		total += c
	}
	fmt.Println("total outstanding:", total)
}
