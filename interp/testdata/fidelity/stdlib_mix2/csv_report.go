package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

const data = `region,product,units,price
north,widget,12,2.50
south,gadget,3,10.00
north,gadget,7,9.50
east,widget,20,2.25
south,widget,5,2.75
east,"gizmo, deluxe",1,99.99
north,widget,8,2.50
`

type row struct {
	region, product string
	units           int
	price           float64
}

func main() {
	r := csv.NewReader(strings.NewReader(data))
	records, err := r.ReadAll()
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	var rows []row
	for _, rec := range records[1:] {
		u, _ := strconv.Atoi(rec[2])
		p, _ := strconv.ParseFloat(rec[3], 64)
		rows = append(rows, row{rec[0], rec[1], u, p})
	}
	byRegion := map[string]float64{}
	byProduct := map[string]int{}
	for _, r := range rows {
		byRegion[r.region] += float64(r.units) * r.price
		byProduct[r.product] += r.units
	}
	regions := make([]string, 0, len(byRegion))
	for k := range byRegion {
		regions = append(regions, k)
	}
	sort.Slice(regions, func(i, j int) bool { return byRegion[regions[i]] > byRegion[regions[j]] })

	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "region\trevenue\t")
	for _, reg := range regions {
		fmt.Fprintf(tw, "%s\t%.2f\t\n", reg, byRegion[reg])
	}
	tw.Flush()

	products := make([]string, 0, len(byProduct))
	for p := range byProduct {
		products = append(products, p)
	}
	sort.Strings(products)
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"product", "units"})
	for _, p := range products {
		w.Write([]string{p, strconv.Itoa(byProduct[p])})
	}
	w.Flush()
	fmt.Println(w.Error())

	bad := csv.NewReader(strings.NewReader("a,b\n1,2,3\n"))
	_, err = bad.ReadAll()
	fmt.Println(err)
	var pe *csv.ParseError
	fmt.Println(strings.Contains(err.Error(), "wrong number"), fmt.Sprintf("%T", err), pe == nil)
}
