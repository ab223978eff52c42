package main

import (
	"fmt"
	"os"
	"sort"
	"text/tabwriter"
)

type Sale struct {
	Region  string
	Rep     string
	Units   int
	Revenue float64
}

func main() {
	sales := []Sale{
		{"North", "Alvarez", 120, 15432.50},
		{"South", "Brooks", 85, 9870.00},
		{"North", "Chen", 200, 26100.75},
		{"East", "Dubois", 42, 5123.10},
		{"South", "Eriksen", 130, 14999.99},
		{"West", "Fujita", 97, 12001.00},
	}
	sort.Slice(sales, func(i, j int) bool {
		if sales[i].Region != sales[j].Region {
			return sales[i].Region < sales[j].Region
		}
		return sales[i].Revenue > sales[j].Revenue
	})

	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "Region\tRep\tUnits\tRevenue\t")
	for _, s := range sales {
		fmt.Fprintf(w, "%s\t%s\t%d\t%.2f\t\n", s.Region, s.Rep, s.Units, s.Revenue)
	}
	w.Flush()
	fmt.Println()

	totals := map[string]float64{}
	units := map[string]int{}
	for _, s := range sales {
		totals[s.Region] += s.Revenue
		units[s.Region] += s.Units
	}
	regions := make([]string, 0, len(totals))
	for r := range totals {
		regions = append(regions, r)
	}
	sort.Strings(regions)
	tw := tabwriter.NewWriter(os.Stdout, 4, 4, 2, '.', 0)
	fmt.Fprintln(tw, "REGION\tUNITS\tREVENUE\tAVG/UNIT")
	grand := 0.0
	for _, r := range regions {
		fmt.Fprintf(tw, "%s\t%d\t%.2f\t%.3f\n", r, units[r], totals[r], totals[r]/float64(units[r]))
		grand += totals[r]
	}
	fmt.Fprintf(tw, "TOTAL\t\t%.2f\t\n", grand)
	tw.Flush()

	tw = tabwriter.NewWriter(os.Stdout, 0, 0, 3, ' ', tabwriter.TabIndent)
	fmt.Fprintln(tw, "a\tbb\tccc")
	fmt.Fprintln(tw, "dddd\te\tf")
	fmt.Fprintln(tw, "")
	fmt.Fprintln(tw, "new\tblock")
	tw.Flush()
}
