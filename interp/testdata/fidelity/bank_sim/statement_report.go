package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
)

type Kind string

const (
	Credit Kind = "CR"
	Debit  Kind = "DR"
)

type Txn struct {
	Day    int
	Desc   string
	Kind   Kind
	Amount int
}

type Statement struct {
	Opening int
	Txns    []Txn
}

func (s Statement) Closing() int {
	bal := s.Opening
	for _, t := range s.Txns {
		if t.Kind == Credit {
			bal += t.Amount
		} else {
			bal -= t.Amount
		}
	}
	return bal
}

func main() {
	st := Statement{Opening: 1200, Txns: []Txn{
		{3, "Groceries", Debit, 84},
		{1, "Salary", Credit, 2500},
		{7, "Rent", Debit, 950},
		{3, "Coffee", Debit, 4},
		{15, "Refund", Credit, 40},
	}}

	sort.SliceStable(st.Txns, func(i, j int) bool { return st.Txns[i].Day < st.Txns[j].Day })

	w := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "day\tdescription\tkind\tamount\t")
	bal := st.Opening
	for _, t := range st.Txns {
		if t.Kind == Credit {
			bal += t.Amount
		} else {
			bal -= t.Amount
		}
		fmt.Fprintf(w, "%d\t%s\t%s\t%d\t%d\t\n", t.Day, t.Desc, t.Kind, t.Amount, bal)
	}
	w.Flush()

	fmt.Println(strings.Repeat("-", 30))
	fmt.Println("closing balance:", st.Closing())
	byKind := map[Kind]int{}
	for _, t := range st.Txns {
		byKind[t.Kind] += t.Amount
	}
	fmt.Println(byKind)
}
