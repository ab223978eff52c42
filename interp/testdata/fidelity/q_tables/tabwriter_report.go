package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type Percent float64

func (p Percent) String() string { return fmt.Sprintf("%.1f%%", float64(p)) }

type Row struct {
	Item   string
	Qty    int
	Price  Cents
	Change Percent
}

func (r Row) Total() Cents { return Cents(r.Qty) * r.Price }

func main() {
	rows := []Row{
		{"widget", 12, 250, 3.5},
		{"gadget deluxe", 3, 1999, -12.25},
		{"gizmo", 140, 5, 0},
		{"thingamajig", 1, 123456, 100},
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].Total() > rows[j].Total() })
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "item\tqty\tprice\ttotal\tchange\t")
	var sum Cents
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t%d\t%v\t%v\t%v\t\n", r.Item, r.Qty, r.Price, r.Total(), r.Change)
		sum += r.Total()
	}
	fmt.Fprintf(w, "\t\t\t%v\t\t\n", sum)
	w.Flush()

	var sb strings.Builder
	tw := tabwriter.NewWriter(&sb, 4, 0, 1, '.', 0)
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\n", r.Item, r.Change)
	}
	tw.Flush()
	fmt.Print(sb.String())
	fmt.Println(Cents(-5), Cents(0), Percent(-0.04), []Cents{1, 100, -250})
	fmt.Printf("%6v|%-8v|%s|%d\n", Cents(99), Percent(2), Cents(1234), Cents(1234))
}
