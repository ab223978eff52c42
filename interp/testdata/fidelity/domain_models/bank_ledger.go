package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type AccountID string

type Entry struct {
	Account AccountID
	Debit   int64
	Credit  int64
}

type Transaction struct {
	ID      int
	Memo    string
	Entries []Entry
}

type UnbalancedError struct {
	TxID          int
	Debit, Credit int64
}

func (e UnbalancedError) Error() string {
	return fmt.Sprintf("tx %d unbalanced: debits %d != credits %d", e.TxID, e.Debit, e.Credit)
}

var ErrUnknownAccount = errors.New("unknown account")

type Ledger struct {
	accounts map[AccountID]string // id -> type (asset, liability, income, expense, equity)
	txs      []Transaction
	nextID   int
}

func (l *Ledger) Post(memo string, entries ...Entry) (int, error) {
	var d, c int64
	for _, e := range entries {
		if _, ok := l.accounts[e.Account]; !ok {
			return 0, fmt.Errorf("post %q: %w: %s", memo, ErrUnknownAccount, e.Account)
		}
		d += e.Debit
		c += e.Credit
	}
	l.nextID++
	if d != c {
		return 0, fmt.Errorf("post %q: %w", memo, UnbalancedError{l.nextID, d, c})
	}
	l.txs = append(l.txs, Transaction{l.nextID, memo, entries})
	return l.nextID, nil
}

func (l *Ledger) Balances() map[AccountID]int64 {
	b := map[AccountID]int64{}
	for _, tx := range l.txs {
		for _, e := range tx.Entries {
			switch l.accounts[e.Account] {
			case "asset", "expense":
				b[e.Account] += e.Debit - e.Credit
			default:
				b[e.Account] += e.Credit - e.Debit
			}
		}
	}
	return b
}

func dr(a AccountID, amt int64) Entry { return Entry{Account: a, Debit: amt} }
func cr(a AccountID, amt int64) Entry { return Entry{Account: a, Credit: amt} }

func main() {
	l := &Ledger{accounts: map[AccountID]string{
		"cash": "asset", "bank": "asset", "receivable": "asset",
		"loan": "liability", "sales": "income", "rent": "expense", "capital": "equity",
	}}
	posts := []struct {
		memo    string
		entries []Entry
	}{
		{"owner invests", []Entry{dr("bank", 100000), cr("capital", 100000)}},
		{"take loan", []Entry{dr("bank", 50000), cr("loan", 50000)}},
		{"pay rent", []Entry{dr("rent", 12000), cr("bank", 12000)}},
		{"cash sale", []Entry{dr("cash", 8000), cr("sales", 8000)}},
		{"invoice", []Entry{dr("receivable", 15000), cr("sales", 15000)}},
		{"typo", []Entry{dr("cash", 100), cr("sales", 10)}},
		{"bad account", []Entry{dr("petty", 5), cr("cash", 5)}},
		{"customer pays", []Entry{dr("bank", 15000), cr("receivable", 15000)}},
		{"repay loan", []Entry{dr("loan", 10000), cr("bank", 9000), cr("cash", 1000)}},
	}
	for _, p := range posts {
		id, err := l.Post(p.memo, p.entries...)
		var ue UnbalancedError
		switch {
		case errors.As(err, &ue):
			fmt.Printf("REJECT %v (off by %d)\n", err, ue.Debit-ue.Credit)
		case errors.Is(err, ErrUnknownAccount):
			fmt.Println("REJECT", err)
		default:
			fmt.Printf("tx %d %s\n", id, p.memo)
		}
	}
	bal := l.Balances()
	ids := make([]string, 0, len(bal))
	for id := range bal {
		ids = append(ids, string(id))
	}
	sort.Strings(ids)
	totals := map[string]int64{}
	for _, id := range ids {
		typ := l.accounts[AccountID(id)]
		totals[typ] += bal[AccountID(id)]
		fmt.Printf("%-11s %-9s %9.2f\n", id, typ, float64(bal[AccountID(id)])/100)
	}
	fmt.Println(strings.Repeat("=", 31))
	lhs := totals["asset"]
	rhs := totals["liability"] + totals["equity"] + totals["income"] - totals["expense"]
	fmt.Printf("assets %d = liabilities+equity+income-expense %d: %v\n", lhs, rhs, lhs == rhs)
	fmt.Println(len(l.txs), "transactions; next id", l.nextID)
}
