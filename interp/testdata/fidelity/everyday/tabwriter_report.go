package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
)

type sale struct {
	region  string
	product string
	units   int
	price   float64
}

const data = `north,widget,12,2.50
south,gadget,3,19.99
north,gadget,7,19.99
east,widget,30,2.25
south,widget,8,2.50
east,doohickey,1,99.00
north,doohickey,2,95.00`

func parse(s string) []sale {
	var out []sale
	for _, line := range strings.Split(s, "\n") {
		f := strings.Split(line, ",")
		var u int
		var p float64
		fmt.Sscan(f[2], &u)
		fmt.Sscan(f[3], &p)
		out = append(out, sale{f[0], f[1], u, p})
	}
	return out
}

func main() {
	sales := parse(data)
	sort.Slice(sales, func(i, j int) bool {
		if sales[i].region != sales[j].region {
			return sales[i].region < sales[j].region
		}
		return sales[i].product < sales[j].product
	})
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "Region\tProduct\tUnits\tPrice\tTotal\t")
	totals := map[string]float64{}
	grand := 0.0
	for _, s := range sales {
		t := float64(s.units) * s.price
		totals[s.region] += t
		grand += t
		fmt.Fprintf(w, "%s\t%s\t%d\t%.2f\t%.2f\t\n", s.region, s.product, s.units, s.price, t)
	}
	w.Flush()

	fmt.Println()
	tw := tabwriter.NewWriter(os.Stdout, 8, 4, 1, ' ', 0)
	fmt.Fprintln(tw, "REGION\tREVENUE\tSHARE")
	regions := make([]string, 0, len(totals))
	for r := range totals {
		regions = append(regions, r)
	}
	sort.Strings(regions)
	for _, r := range regions {
		fmt.Fprintf(tw, "%s\t%.2f\t%.1f%%\n", r, totals[r], 100*totals[r]/grand)
	}
	fmt.Fprintf(tw, "all\t%.2f\t100.0%%\n", grand)
	tw.Flush()
}
