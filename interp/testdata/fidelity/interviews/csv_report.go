package main

import (
	"bufio"
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
north,gadget,7,10.00
east,widget,,2.50
south,widget,20,2.50
west,gizmo,5,abc
north,widget,8,2.50
`

type Sale struct {
	Region, Product string
	Units           int
	Price           float64
}

type RowError struct {
	Line int
	Err  error
}

func (e *RowError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *RowError) Unwrap() error { return e.Err }

func parse(r *csv.Reader) ([]Sale, []error) {
	var sales []Sale
	var errs []error
	header := true
	line := 0
	for {
		rec, err := r.Read()
		if err != nil {
			break
		}
		line++
		if header {
			header = false
			continue
		}
		units, err := strconv.Atoi(rec[2])
		if err != nil {
			errs = append(errs, &RowError{line, err})
			continue
		}
		price, err := strconv.ParseFloat(rec[3], 64)
		if err != nil {
			errs = append(errs, &RowError{line, err})
			continue
		}
		sales = append(sales, Sale{rec[0], rec[1], units, price})
	}
	return sales, errs
}

func main() {
	sales, errs := parse(csv.NewReader(strings.NewReader(data)))
	for _, e := range errs {
		fmt.Println("skip:", e)
	}
	totals := map[string]float64{}
	units := map[string]int{}
	for _, s := range sales {
		totals[s.Region] += float64(s.Units) * s.Price
		units[s.Region] += s.Units
	}
	regions := make([]string, 0, len(totals))
	for r := range totals {
		regions = append(regions, r)
	}
	sort.Slice(regions, func(i, j int) bool { return totals[regions[i]] > totals[regions[j]] })
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "region\tunits\trevenue\t")
	for _, r := range regions {
		fmt.Fprintf(tw, "%s\t%d\t%.2f\t\n", r, units[r], totals[r])
	}
	tw.Flush()
	sc := bufio.NewScanner(strings.NewReader(data))
	sc.Split(bufio.ScanWords)
	words := 0
	for sc.Scan() {
		words++
	}
	fmt.Println("words:", words)
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"region", "note"})
	w.Write([]string{"north", `says "hi", twice`})
	w.Flush()
}
