// A sales report laid out with text/tabwriter: left and right aligned
// columns, a debug layout, and a table written through Fprintf.
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
)

type Sale struct {
	Region  string
	Product string
	Units   int
	Price   float64
}

func (s Sale) Revenue() float64 { return float64(s.Units) * s.Price }

func main() {
	sales := []Sale{
		{"North", "Widget", 120, 2.5},
		{"South", "Gadget", 15, 19.99},
		{"North", "Gizmo", 7, 149.0},
		{"East", "Widget", 300, 2.45},
		{"South", "Widget", 42, 2.5},
		{"East", "Doohickey", 1, 999.95},
	}
	sort.Slice(sales, func(i, j int) bool {
		if sales[i].Region != sales[j].Region {
			return sales[i].Region < sales[j].Region
		}
		return sales[i].Revenue() > sales[j].Revenue()
	})

	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "REGION\tPRODUCT\tUNITS\tPRICE\tREVENUE\t")
	fmt.Fprintln(w, "------\t-------\t-----\t-----\t-------\t")
	var total float64
	for _, s := range sales {
		fmt.Fprintf(w, "%s\t%s\t%d\t%.2f\t%.2f\t\n", s.Region, s.Product, s.Units, s.Price, s.Revenue())
		total += s.Revenue()
	}
	fmt.Fprintf(w, "\t\t\t\t%.2f\t\n", total)
	w.Flush()

	fmt.Println()
	r := tabwriter.NewWriter(os.Stdout, 6, 0, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(r, "units\tprice\trevenue\t")
	for _, s := range sales[:3] {
		fmt.Fprintf(r, "%d\t%g\t%.1f\t\n", s.Units, s.Price, s.Revenue())
	}
	r.Flush()

	fmt.Println()
	var sb strings.Builder
	d := tabwriter.NewWriter(&sb, 0, 4, 1, '.', tabwriter.DiscardEmptyColumns)
	fmt.Fprintln(d, "a\t\tb")
	fmt.Fprintln(d, "longer\t\tc")
	fmt.Fprintln(d, "x\t\t")
	d.Flush()
	fmt.Print(sb.String())
	fmt.Println(strings.Count(sb.String(), "\n"), "lines")

	t := tabwriter.NewWriter(os.Stdout, 0, 8, 0, '\t', tabwriter.TabIndent)
	fmt.Fprintln(t, "key\tvalue")
	fmt.Fprintln(t, "\tindented")
	fmt.Fprintln(t, "verylongkeyname\tv")
	t.Flush()
}
