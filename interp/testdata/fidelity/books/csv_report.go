package main

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
)

const data = `region,product,units,price
north,widget,12,2.50
south,gadget,3,10.00
north,gadget,7,10.00
east,widget,,2.50
west,widget,20,2.25
south,widget,5,2.50
"north",doohickey,1,"99.99"
east,gadget,x,10.00
`

type Sale struct {
	Region, Product string
	Units           int
	Price           float64
}

func (s Sale) Total() float64 { return float64(s.Units) * s.Price }

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
		price, _ := strconv.ParseFloat(rec[3], 64)
		sales = append(sales, Sale{rec[0], rec[1], units, price})
	}
	return sales, errs
}

func main() {
	sales, errs := parse(strings.NewReader(data))
	for _, e := range errs {
		fmt.Println("skip:", e)
	}
	byRegion := map[string]float64{}
	byProduct := map[string]int{}
	for _, s := range sales {
		byRegion[s.Region] += s.Total()
		byProduct[s.Product] += s.Units
	}
	regions := make([]string, 0, len(byRegion))
	for r := range byRegion {
		regions = append(regions, r)
	}
	sort.Slice(regions, func(i, j int) bool { return byRegion[regions[i]] > byRegion[regions[j]] })
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintf(w, "%-8s %10s\n", "REGION", "REVENUE")
	for _, r := range regions {
		fmt.Fprintf(w, "%-8s %10.2f\n", r, byRegion[r])
	}
	out := csv.NewWriter(w)
	out.Write([]string{"product", "units", "note"})
	prods := []string{}
	for p := range byProduct {
		prods = append(prods, p)
	}
	sort.Strings(prods)
	for _, p := range prods {
		out.Write([]string{p, strconv.Itoa(byProduct[p]), "has, comma \"quoted\""})
	}
	out.Flush()
	fmt.Fprintln(w, "rows parsed:", len(sales), "errors:", len(errs))
	sc := bufio.NewScanner(strings.NewReader(data))
	lines := 0
	for sc.Scan() {
		if strings.Contains(sc.Text(), "widget") {
			lines++
		}
	}
	fmt.Fprintln(w, "widget lines:", lines)
}
