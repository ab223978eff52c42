package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Customer struct {
	ID   int
	Name string
	Tier string
}

type Invoice struct {
	ID       int
	Customer int
	Amount   float64
	Paid     bool
}

type Joined struct {
	Customer
	Invoices []Invoice
}

func (j Joined) Outstanding() (total float64) {
	for _, inv := range j.Invoices {
		if !inv.Paid {
			total += inv.Amount
		}
	}
	return
}

type Index[K comparable, V any] struct {
	m map[K][]V
}

func BuildIndex[K comparable, V any](rows []V, key func(V) K) Index[K, V] {
	idx := Index[K, V]{m: make(map[K][]V)}
	for _, r := range rows {
		k := key(r)
		idx.m[k] = append(idx.m[k], r)
	}
	return idx
}

func (ix Index[K, V]) Get(k K) []V { return ix.m[k] }
func (ix Index[K, V]) Len() int    { return len(ix.m) }

var ErrOrphan = errors.New("orphan invoice")

type OrphanError struct{ InvoiceID, CustomerID int }

func (e OrphanError) Error() string {
	return fmt.Sprintf("invoice %d references customer %d", e.InvoiceID, e.CustomerID)
}
func (e OrphanError) Unwrap() error { return ErrOrphan }

func leftJoin(cs []Customer, invs []Invoice) ([]Joined, []error) {
	byCust := BuildIndex(invs, func(i Invoice) int { return i.Customer })
	known := map[int]bool{}
	out := make([]Joined, 0, len(cs))
	for _, c := range cs {
		known[c.ID] = true
		out = append(out, Joined{Customer: c, Invoices: byCust.Get(c.ID)})
	}
	var errs []error
	for _, inv := range invs {
		if !known[inv.Customer] {
			errs = append(errs, OrphanError{inv.ID, inv.Customer})
		}
	}
	return out, errs
}

func main() {
	customers := []Customer{
		{1, "Acme", "gold"}, {2, "Globex", "silver"}, {3, "Initech", "gold"}, {4, "Umbrella", "bronze"},
	}
	invoices := []Invoice{
		{100, 1, 250, true}, {101, 1, 125.5, false}, {102, 3, 980, false}, {103, 2, 40, false},
		{104, 9, 12, false}, {105, 3, 20, true}, {106, 2, 40, false}, {107, 7, 3.5, true},
	}
	rows, errs := leftJoin(customers, invoices)
	sort.Slice(rows, func(i, j int) bool {
		oi, oj := rows[i].Outstanding(), rows[j].Outstanding()
		if oi != oj {
			return oi > oj
		}
		return rows[i].Name < rows[j].Name
	})
	fmt.Printf("%-4s %-9s %-7s %5s %10s\n", "id", "name", "tier", "n", "owed")
	fmt.Println(strings.Repeat("-", 39))
	for _, r := range rows {
		fmt.Printf("%-4d %-9s %-7s %5d %10.2f\n", r.ID, r.Name, r.Tier, len(r.Invoices), r.Outstanding())
	}
	for _, e := range errs {
		var oe OrphanError
		fmt.Println(errors.Is(e, ErrOrphan), errors.As(e, &oe), oe.CustomerID, e)
	}
	joined := errors.Join(errs...)
	fmt.Printf("%q\n", joined.Error())
	tiers := BuildIndex(rows, func(j Joined) string { return j.Tier })
	names := []string{}
	for _, t := range []string{"gold", "silver", "bronze", "none"} {
		var sum float64
		for _, j := range tiers.Get(t) {
			sum += j.Outstanding()
			names = append(names, j.Name)
		}
		fmt.Printf("%-6s|%8.2f|%d\n", t, sum, len(tiers.Get(t)))
	}
	fmt.Println(tiers.Len(), names)
	fmt.Printf("%+v\n", rows[0])
	fmt.Printf("%v\n", rows[len(rows)-1].Customer)
}
