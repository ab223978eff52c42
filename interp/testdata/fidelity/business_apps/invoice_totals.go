package main

import (
	"fmt"
	"sort"
	"strings"
)

// Cents is an amount of money in integer cents.
type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type LineItem struct {
	SKU       string
	Desc      string
	Qty       int
	UnitPrice Cents
	Taxable   bool
}

func (li LineItem) Total() Cents { return Cents(li.Qty) * li.UnitPrice }

type Invoice struct {
	Number   string
	Customer string
	Items    []LineItem
	TaxRate  float64 // percent, e.g. 8.25
	Discount Cents
}

// roundHalfUp rounds a fractional cent amount to the nearest cent, halves away from zero.
func roundHalfUp(x float64) Cents {
	if x < 0 {
		return -roundHalfUp(-x)
	}
	return Cents(int64(x + 0.5))
}

func (inv *Invoice) Subtotal() Cents {
	var s Cents
	for _, it := range inv.Items {
		s += it.Total()
	}
	return s
}

func (inv *Invoice) TaxableAmount() Cents {
	var s Cents
	for _, it := range inv.Items {
		if it.Taxable {
			s += it.Total()
		}
	}
	return s
}

func (inv *Invoice) Tax() Cents {
	return roundHalfUp(float64(inv.TaxableAmount()) * inv.TaxRate / 100)
}

func (inv *Invoice) GrandTotal() Cents {
	return inv.Subtotal() - inv.Discount + inv.Tax()
}

func (inv *Invoice) Print() {
	fmt.Printf("INVOICE %s\nBill to: %s\n", inv.Number, inv.Customer)
	fmt.Println(strings.Repeat("-", 56))
	fmt.Printf("%-8s %-20s %4s %10s %10s\n", "SKU", "Description", "Qty", "Unit", "Amount")
	for _, it := range inv.Items {
		mark := " "
		if it.Taxable {
			mark = "T"
		}
		fmt.Printf("%-8s %-20s %4d %10v %9v%s\n", it.SKU, it.Desc, it.Qty, it.UnitPrice, it.Total(), mark)
	}
	fmt.Println(strings.Repeat("-", 56))
	fmt.Printf("%45s %10v\n", "Subtotal:", inv.Subtotal())
	if inv.Discount > 0 {
		fmt.Printf("%45s %10v\n", "Discount:", -inv.Discount)
	}
	fmt.Printf("%45s %10v\n", fmt.Sprintf("Tax (%.2f%%):", inv.TaxRate), inv.Tax())
	fmt.Printf("%45s %10v\n", "TOTAL:", inv.GrandTotal())
	fmt.Println()
}

func main() {
	invoices := []*Invoice{
		{
			Number: "INV-1002", Customer: "Acme Corp", TaxRate: 8.25, Discount: 1500,
			Items: []LineItem{
				{"W-100", "Widget", 12, 499, true},
				{"G-220", "Gadget deluxe", 3, 12999, true},
				{"SVC-1", "Installation", 2, 7500, false},
			},
		},
		{
			Number: "INV-1001", Customer: "Globex", TaxRate: 7.0,
			Items: []LineItem{
				{"P-7", "Paper ream", 40, 389, true},
				{"T-3", "Toner", 1, 8995, true},
			},
		},
		{
			Number: "INV-1003", Customer: "Initech", TaxRate: 0,
			Items: []LineItem{{"SVC-9", "Consulting hour", 7, 15000, false}},
		},
	}
	sort.Slice(invoices, func(i, j int) bool { return invoices[i].Number < invoices[j].Number })
	var grand Cents
	byCustomer := map[string]Cents{}
	for _, inv := range invoices {
		inv.Print()
		grand += inv.GrandTotal()
		byCustomer[inv.Customer] += inv.GrandTotal()
	}
	names := make([]string, 0, len(byCustomer))
	for n := range byCustomer {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println("Summary by customer:")
	for _, n := range names {
		fmt.Printf("  %-10s %12v\n", n, byCustomer[n])
	}
	fmt.Printf("All invoices: %v (%d cents)\n", grand, int64(grand))
	fmt.Println(roundHalfUp(-2.5), roundHalfUp(2.4999), Cents(-5))
}
