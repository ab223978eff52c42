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

const data = `region,product,units,price
north,widget,10,2.50
south,widget,4,2.50
north,gadget,3,10.00
east,widget,7,2.75
south,gizmo,"1,000",0.10
east,gadget,2,9.50
west,widget,x,2.50
north,gizmo,20,0.15`

type Sale struct {
	Region, Product string
	Units           int
	Price           float64
}

func (s Sale) Revenue() float64 { return float64(s.Units) * s.Price }

func load(r io.Reader) ([]Sale, []error) {
	cr := csv.NewReader(r)
	header, err := cr.Read()
	if err != nil {
		return nil, []error{err}
	}
	idx := map[string]int{}
	for i, h := range header {
		idx[h] = i
	}
	var sales []Sale
	var errs []error
	for line := 2; ; line++ {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		units, err := strconv.Atoi(strings.ReplaceAll(rec[idx["units"]], ",", ""))
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: units: %w", line, err))
			continue
		}
		price, _ := strconv.ParseFloat(rec[idx["price"]], 64)
		sales = append(sales, Sale{rec[idx["region"]], rec[idx["product"]], units, price})
	}
	return sales, errs
}

func main() {
	sales, errs := load(strings.NewReader(data))
	for _, e := range errs {
		fmt.Println("skip:", e)
	}
	pivot := map[string]map[string]float64{}
	products := map[string]bool{}
	for _, s := range sales {
		if pivot[s.Region] == nil {
			pivot[s.Region] = map[string]float64{}
		}
		pivot[s.Region][s.Product] += s.Revenue()
		products[s.Product] = true
	}
	var regions, prods []string
	for r := range pivot {
		regions = append(regions, r)
	}
	for p := range products {
		prods = append(prods, p)
	}
	sort.Strings(regions)
	sort.Strings(prods)
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "region\t%s\ttotal\t\n", strings.Join(prods, "\t"))
	col := make([]float64, len(prods))
	for _, r := range regions {
		var row []string
		var tot float64
		for i, p := range prods {
			v := pivot[r][p]
			col[i] += v
			tot += v
			row = append(row, strconv.FormatFloat(v, 'f', 2, 64))
		}
		fmt.Fprintf(tw, "%s\t%s\t%.2f\t\n", r, strings.Join(row, "\t"), tot)
	}
	var cells []string
	for _, c := range col {
		cells = append(cells, fmt.Sprintf("%.2f", c))
	}
	fmt.Fprintf(tw, "all\t%s\t\t\n", strings.Join(cells, "\t"))
	tw.Flush()
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"region", "note"})
	w.Write([]string{"north", `says "hi", twice`})
	w.Flush()
	fmt.Println(w.Error())
}
