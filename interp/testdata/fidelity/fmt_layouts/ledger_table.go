// A ledger printed with hand-computed column widths, right-aligned
// numbers, thousands separators and a bar chart.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Entry struct {
	Account string
	Debit   int64
	Credit  int64
}

func thousands(n int64) string {
	neg := n < 0
	if neg {
		n = -n
	}
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	for i, ch := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(ch)
	}
	if neg {
		return "(" + b.String() + ")"
	}
	return b.String()
}

func main() {
	entries := []Entry{
		{"Cash", 1250000, 0},
		{"Accounts Receivable", 87500, 12000},
		{"Inventory", 430210, 430210},
		{"Rent", 0, 180000},
		{"Salaries", 0, 960000},
		{"Sales Revenue", 12, 0},
	}

	width := len("Account")
	for _, e := range entries {
		width = max(width, len(e.Account))
	}
	header := fmt.Sprintf("%-*s  %12s  %12s  %12s", width, "Account", "Debit", "Credit", "Balance")
	fmt.Println(header)
	fmt.Println(strings.Repeat("=", len(header)))

	var td, tc int64
	balances := map[string]int64{}
	for _, e := range entries {
		bal := e.Debit - e.Credit
		balances[e.Account] = bal
		td += e.Debit
		tc += e.Credit
		fmt.Printf("%-*s  %12s  %12s  %12s\n", width, e.Account, thousands(e.Debit), thousands(e.Credit), thousands(bal))
	}
	fmt.Println(strings.Repeat("-", len(header)))
	fmt.Printf("%*s  %12s  %12s  %12s\n", width, "TOTAL", thousands(td), thousands(tc), thousands(td-tc))

	names := make([]string, 0, len(balances))
	for k := range balances {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool { return balances[names[i]] > balances[names[j]] })
	fmt.Println()
	var maxAbs int64 = 1
	for _, b := range balances {
		if b < 0 {
			b = -b
		}
		maxAbs = max(maxAbs, b)
	}
	for _, k := range names {
		b := balances[k]
		bar := int(40 * abs(b) / maxAbs)
		sign := "+"
		if b < 0 {
			sign = "-"
		}
		fmt.Printf("%20.20s %s%-40s %6.1f%%\n", k, sign, strings.Repeat("#", bar), 100*float64(b)/float64(maxAbs))
	}
	fmt.Printf("%v\n", balances)
}

func abs(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}
