package main

import (
	"fmt"
	"os"
	"sort"
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
		{"North", "Widget", 120, 2.50},
		{"South", "Gadget", 40, 12.75},
		{"North", "Gizmo", 7, 99.99},
		{"East", "Widget", 300, 2.45},
		{"West", "Gadget", 55, 12.00},
		{"East", "Gizmo", 3, 105.00},
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
	total := 0.0
	for _, s := range sales {
		fmt.Fprintf(w, "%s\t%s\t%d\t%.2f\t%.2f\t\n", s.Region, s.Product, s.Units, s.Price, s.Revenue())
		total += s.Revenue()
	}
	fmt.Fprintf(w, "\t\t\tTOTAL\t%.2f\t\n", total)
	w.Flush()

	fmt.Println()
	w2 := tabwriter.NewWriter(os.Stdout, 5, 0, 1, '.', tabwriter.AlignRight|tabwriter.Debug)
	byRegion := map[string]float64{}
	for _, s := range sales {
		byRegion[s.Region] += s.Revenue()
	}
	keys := make([]string, 0, len(byRegion))
	for k := range byRegion {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(w2, "%s\t%.1f\t%d%%\t\n", k, byRegion[k], int(100*byRegion[k]/total))
	}
	w2.Flush()

	fmt.Println()
	w3 := tabwriter.NewWriter(os.Stdout, 0, 4, 1, '\t', tabwriter.TabIndent)
	fmt.Fprintln(w3, "a\tbb\tccc")
	fmt.Fprintln(w3, "dddd\te\tf")
	fmt.Fprintln(w3, "\tindented\tx")
	w3.Flush()
}
