package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

type Money int64 // cents

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign, m = "-", -m
	}
	whole := fmt.Sprint(int64(m / 100))
	var parts []string
	for len(whole) > 3 {
		parts = append([]string{whole[len(whole)-3:]}, parts...)
		whole = whole[:len(whole)-3]
	}
	parts = append([]string{whole}, parts...)
	return fmt.Sprintf("%s$%s.%02d", sign, strings.Join(parts, ","), int64(m%100))
}

type Line struct {
	SKU      string
	Desc     string
	Qty      int
	Unit     Money
	Discount float64
}

func (l Line) Total() Money {
	return Money(float64(l.Unit) * float64(l.Qty) * (1 - l.Discount))
}

func main() {
	lines := []Line{
		{"A-100", "Widget", 4, 1999, 0},
		{"B-220", "Gadget (large)", 1, 149900, 0.1},
		{"C-3", "Screws x100", 12, 450, 0.05},
		{"D-4000", "Service plan", 1, 1250000, 0.2},
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "SKU\tDescription\tQty\tUnit\tDisc\tTotal\t")
	var sum Money
	for _, l := range lines {
		fmt.Fprintf(w, "%s\t%s\t%d\t%v\t%.0f%%\t%v\t\n", l.SKU, l.Desc, l.Qty, l.Unit, l.Discount*100, l.Total())
		sum += l.Total()
	}
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 6, 4, 1, '.', 0)
	fmt.Fprintf(w, "Subtotal\t%v\n", sum)
	tax := Money(float64(sum) * 0.0825)
	fmt.Fprintf(w, "Tax 8.25%%\t%v\n", tax)
	fmt.Fprintf(w, "Total due\t%v\n", sum+tax)
	w.Flush()

	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 1, ' ', tabwriter.TabIndent)
	fmt.Fprintln(tw, "name\tsize\tnote")
	fmt.Fprintln(tw, "a\t1\t")
	fmt.Fprintln(tw, "longer-name\t12345\tx")
	fmt.Fprintln(tw, "")
	fmt.Fprintln(tw, "after\tblank")
	tw.Flush()
	fmt.Println(Money(-123456789), Money(5), []Money{100, 99})
}
