package main

import (
	"fmt"
	"sort"
	"strings"
)

type Money int64

func (m Money) String() string {
	neg := m < 0
	if neg {
		m = -m
	}
	s := fmt.Sprintf("%d.%02d", m/100, m%100)
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	out := b.String() + "." + frac
	if neg {
		return "(" + out + ")"
	}
	return out
}

type Line struct {
	SKU      string
	Desc     string
	Qty      int
	Unit     Money
	Discount float64
	TaxRate  float64
}

func (l Line) Net() Money {
	gross := float64(l.Unit) * float64(l.Qty)
	return Money(gross*(1-l.Discount) + 0.5)
}

func (l Line) Tax() Money { return Money(float64(l.Net())*l.TaxRate + 0.5) }

type Invoice struct {
	Number   string
	Customer string
	Lines    []Line
}

func (inv Invoice) Print() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "INVOICE %s\nBill to: %s\n\n", inv.Number, inv.Customer)
	fmt.Fprintf(&sb, "%-6s %-20s %4s %10s %5s %12s\n", "SKU", "Description", "Qty", "Unit", "Disc", "Net")
	var net, tax Money
	taxByRate := map[float64]Money{}
	for _, l := range inv.Lines {
		desc := l.Desc
		if len(desc) > 20 {
			desc = desc[:17] + "..."
		}
		disc := "-"
		if l.Discount > 0 {
			disc = fmt.Sprintf("%.0f%%", l.Discount*100)
		}
		fmt.Fprintf(&sb, "%-6s %-20s %4d %10v %5s %12v\n", l.SKU, desc, l.Qty, l.Unit, disc, l.Net())
		net += l.Net()
		tax += l.Tax()
		taxByRate[l.TaxRate] += l.Tax()
	}
	fmt.Fprintf(&sb, "%s\n%48s %12v\n", strings.Repeat("-", 61), "Subtotal", net)
	rates := make([]float64, 0, len(taxByRate))
	for r := range taxByRate {
		rates = append(rates, r)
	}
	sort.Float64s(rates)
	for _, r := range rates {
		fmt.Fprintf(&sb, "%48s %12v\n", fmt.Sprintf("VAT %g%%", r*100), taxByRate[r])
	}
	fmt.Fprintf(&sb, "%48s %12v\n", "TOTAL", net+tax)
	return sb.String()
}

func main() {
	inv := Invoice{"2024-0042", "ACME Corp.", []Line{
		{"W-1", "Widget", 10, 1999, 0, 0.2},
		{"G-7", "Gadget with extra long description", 2, 125000, 0.1, 0.2},
		{"B-2", "Book", 3, 1550, 0, 0.05},
		{"R-9", "Refund (damaged)", -1, 1999, 0, 0.2},
	}}
	fmt.Print(inv.Print())
	fmt.Println(Money(123456789), Money(-5), Money(100000), Money(0))
	fmt.Printf("%v|%s|%d|%8v|%-8v|\n", Money(99), Money(1234), Money(7), Money(50), Money(50))
}
