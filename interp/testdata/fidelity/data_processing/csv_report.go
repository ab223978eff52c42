package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

const salesCSV = `region,product,units,price
north,widget,12,2.50
south,gadget,3,10.00
north,gadget,7,10.00
east,widget,20,2.40
south,widget,5,2.50
east,gizmo,1,99.99
north,gizmo,2,95.00
west,widget,bad,2.50
`

type Sale struct {
	Region  string
	Product string
	Units   int
	Price   float64
}

func (s Sale) Revenue() float64 { return float64(s.Units) * s.Price }

func parse(r io.Reader) ([]Sale, []error) {
	cr := csv.NewReader(r)
	header, err := cr.Read()
	if err != nil {
		return nil, []error{err}
	}
	fmt.Println("columns:", strings.Join(header, " | "))
	var sales []Sale
	var errs []error
	line := 1
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		line++
		if err != nil {
			errs = append(errs, err)
			continue
		}
		units, err := strconv.Atoi(rec[2])
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: units: %w", line, err))
			continue
		}
		price, err := strconv.ParseFloat(rec[3], 64)
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: price: %w", line, err))
			continue
		}
		sales = append(sales, Sale{rec[0], rec[1], units, price})
	}
	return sales, errs
}

func main() {
	sales, errs := parse(strings.NewReader(salesCSV))
	for _, e := range errs {
		fmt.Println("skip:", e)
	}
	byRegion := map[string]float64{}
	units := map[string]int{}
	for _, s := range sales {
		byRegion[s.Region] += s.Revenue()
		units[s.Product] += s.Units
	}
	regions := make([]string, 0, len(byRegion))
	for r := range byRegion {
		regions = append(regions, r)
	}
	sort.Slice(regions, func(i, j int) bool { return byRegion[regions[i]] > byRegion[regions[j]] })

	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "region\trevenue\tshare\t")
	var total float64
	for _, r := range byRegion {
		total += r
	}
	for _, r := range regions {
		fmt.Fprintf(tw, "%s\t%.2f\t%.1f%%\t\n", r, byRegion[r], byRegion[r]/total*100)
	}
	fmt.Fprintf(tw, "TOTAL\t%.2f\t\t\n", total)
	tw.Flush()

	products := make([]string, 0, len(units))
	for p := range units {
		products = append(products, p)
	}
	sort.Strings(products)
	w := tabwriter.NewWriter(os.Stdout, 10, 4, 1, '.', 0)
	for _, p := range products {
		fmt.Fprintf(w, "%s\t%d\n", p, units[p])
	}
	w.Flush()

	out := csv.NewWriter(os.Stdout)
	out.Write([]string{"product", "units", "note"})
	for _, p := range products {
		out.Write([]string{p, strconv.Itoa(units[p]), "has, comma \"quoted\""})
	}
	out.Flush()
	fmt.Println("csv error:", out.Error())
}
