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
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type Entry struct {
	Date    string
	Account string
	Memo    string
	Amount  Cents
}

type Ledger struct {
	entries []Entry
}

func (l *Ledger) Post(date, acct, memo string, amt Cents) {
	l.entries = append(l.entries, Entry{date, acct, memo, amt})
}

func (l *Ledger) Balances() map[string]Cents {
	b := make(map[string]Cents)
	for _, e := range l.entries {
		b[e.Account] += e.Amount
	}
	return b
}

func (l *Ledger) Statement(acct string) {
	fmt.Printf("Statement for %s\n", acct)
	fmt.Printf("%-10s  %-24s %12s %12s\n", "Date", "Memo", "Amount", "Balance")
	fmt.Println(strings.Repeat("=", 62))
	var run Cents
	for _, e := range l.entries {
		if e.Account != acct {
			continue
		}
		run += e.Amount
		memo := e.Memo
		if len(memo) > 24 {
			memo = memo[:21] + "..."
		}
		fmt.Printf("%-10s  %-24s %12v %12s\n", e.Date, memo, e.Amount, run)
	}
	fmt.Println(strings.Repeat("-", 62))
	fmt.Printf("%-36s %25v\n\n", "Closing balance", run)
}

func main() {
	var l Ledger
	l.Post("2024-01-01", "checking", "Opening balance", 150000)
	l.Post("2024-01-03", "checking", "Rent January", -95000)
	l.Post("2024-01-05", "savings", "Transfer in", 20000)
	l.Post("2024-01-05", "checking", "Transfer to savings", -20000)
	l.Post("2024-01-09", "checking", "Groceries at the big supermarket downtown", -8743)
	l.Post("2024-01-15", "checking", "Salary", 310055)
	l.Post("2024-01-20", "credit", "Electronics", -129999)
	l.Post("2024-01-28", "credit", "Payment", 50000)
	l.Post("2024-01-31", "savings", "Interest", 17)

	l.Statement("checking")
	l.Statement("credit")

	bal := l.Balances()
	names := make([]string, 0, len(bal))
	for k := range bal {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool { return bal[names[i]] > bal[names[j]] })
	var net Cents
	fmt.Println("Summary")
	for _, n := range names {
		net += bal[n]
		flag := ""
		if bal[n] < 0 {
			flag = " (overdrawn)"
		}
		fmt.Printf("  %-10s %14s%s\n", strings.Title(n), bal[n], flag)
	}
	fmt.Printf("  %-10s %14v\n", "NET", net)
	fmt.Println(bal)
	fmt.Printf("%v %d %s\n", Cents(5), Cents(5), Cents(-1234567))
	fmt.Println([]Cents{1, -1, 100})
	fmt.Printf("%+v\n", l.entries[0])
	fmt.Printf("%v\n", l.entries[1:3])
}
