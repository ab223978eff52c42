package main

import (
	"encoding/csv"
	"errors"
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
north,gadget,7,9.75
"east, coast",widget,20,2.40
south,widget,abc,2.50
west,"gizmo ""pro""",1,99.99
north,widget,5,2.50
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
	idx := map[string]int{}
	for i, h := range header {
		idx[h] = i
	}
	var sales []Sale
	var errs []error
	line := 1
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		line++
		if err != nil {
			errs = append(errs, err)
			continue
		}
		units, err := strconv.Atoi(rec[idx["units"]])
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
	sales, errs := parse(strings.NewReader(data))
	for _, e := range errs {
		fmt.Println("skip:", e)
		var ne *strconv.NumError
		if errors.As(e, &ne) {
			fmt.Printf("  func=%s num=%q err=%v\n", ne.Func, ne.Num, ne.Err)
		}
	}
	byRegion := map[string]float64{}
	for _, s := range sales {
		byRegion[s.Region] += s.Total()
	}
	regions := make([]string, 0, len(byRegion))
	for r := range byRegion {
		regions = append(regions, r)
	}
	sort.Strings(regions)
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"region", "total", "note"})
	for _, r := range regions {
		note := ""
		if byRegion[r] > 50 {
			note = "big, \"top\" region"
		}
		w.Write([]string{r, strconv.FormatFloat(byRegion[r], 'f', 2, 64), note})
	}
	w.Flush()
	fmt.Println("error:", w.Error(), "rows:", len(sales))
	fmt.Printf("%+v\n", sales[len(sales)-2])
}
