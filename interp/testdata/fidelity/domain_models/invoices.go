package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

type Currency string

type LineItem struct {
	Desc     string
	Qty      int
	UnitCost int64 // cents
	TaxRate  float64
}

type Invoice struct {
	Number   string
	Customer string
	Issued   time.Time
	Terms    int // days
	Currency Currency
	Lines    []LineItem
	Payments []int64
}

type ValidationError struct {
	Invoice string
	Problem string
}

func (v *ValidationError) Error() string {
	return fmt.Sprintf("invoice %s: %s", v.Invoice, v.Problem)
}

var ErrOverpaid = errors.New("overpaid")

func (inv *Invoice) Validate() error {
	var errs []error
	if inv.Customer == "" {
		errs = append(errs, &ValidationError{inv.Number, "missing customer"})
	}
	if len(inv.Lines) == 0 {
		errs = append(errs, &ValidationError{inv.Number, "no lines"})
	}
	for i, l := range inv.Lines {
		if l.Qty <= 0 {
			errs = append(errs, &ValidationError{inv.Number, fmt.Sprintf("line %d (%s): qty %d", i+1, l.Desc, l.Qty)})
		}
	}
	if inv.Paid() > inv.Total() && len(inv.Lines) > 0 {
		errs = append(errs, fmt.Errorf("invoice %s: paid %d of %d: %w", inv.Number, inv.Paid(), inv.Total(), ErrOverpaid))
	}
	return errors.Join(errs...)
}

func (l LineItem) Net() int64 { return int64(l.Qty) * l.UnitCost }
func (l LineItem) Tax() int64 {
	return int64(float64(l.Net())*l.TaxRate + 0.5)
}

func (inv *Invoice) Total() (t int64) {
	for _, l := range inv.Lines {
		t += l.Net() + l.Tax()
	}
	return
}

func (inv *Invoice) Paid() (p int64) {
	for _, x := range inv.Payments {
		p += x
	}
	return
}

func (inv *Invoice) Due() time.Time { return inv.Issued.AddDate(0, 0, inv.Terms) }

func (inv *Invoice) Status(now time.Time) string {
	switch bal := inv.Total() - inv.Paid(); {
	case bal <= 0:
		return "PAID"
	case now.After(inv.Due()):
		return fmt.Sprintf("OVERDUE %dd", int(now.Sub(inv.Due()).Hours()/24))
	default:
		return "OPEN"
	}
}

func money(c int64, cur Currency) string {
	return fmt.Sprintf("%d.%02d %s", c/100, c%100, cur)
}

func main() {
	issued := time.Date(2024, 1, 15, 0, 0, 0, 0, time.UTC)
	now := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	invoices := []*Invoice{
		{"INV-001", "Acme", issued, 30, "EUR", []LineItem{{"Consulting", 10, 12000, 0.2}, {"Travel", 1, 45050, 0}}, []int64{50000}},
		{"INV-002", "Globex", issued.AddDate(0, 1, 0), 30, "USD", []LineItem{{"License", 3, 9999, 0.07}}, []int64{32097}},
		{"INV-003", "", issued, 14, "EUR", nil, nil},
		{"INV-004", "Initech", issued.AddDate(0, 0, 20), 45, "GBP", []LineItem{{"Support", 0, 5000, 0.2}, {"Hardware", 2, 30000, 0.2}}, []int64{100000}},
	}
	for _, inv := range invoices {
		fmt.Printf("%s %-8s issued %s due %s\n", inv.Number, inv.Customer, inv.Issued.Format("02 Jan"), inv.Due().Format("02 Jan 2006"))
		for _, l := range inv.Lines {
			fmt.Printf("    %-12s %3d x %10s  tax %9s\n", l.Desc, l.Qty, money(l.UnitCost, inv.Currency), money(l.Tax(), inv.Currency))
		}
		fmt.Printf("    total %s paid %s status %s\n", money(inv.Total(), inv.Currency), money(inv.Paid(), inv.Currency), inv.Status(now))
		if err := inv.Validate(); err != nil {
			var ve *ValidationError
			fmt.Printf("    invalid (first problem %q, overpaid=%v):\n", func() string {
				if errors.As(err, &ve) {
					return ve.Problem
				}
				return ""
			}(), errors.Is(err, ErrOverpaid))
			fmt.Println("      " + strings.ReplaceAll(err.Error(), "\n", "\n      "))
		}
	}
}
