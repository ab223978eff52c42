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

const data = `region,rep,units,price
north,ann,12,9.99
south,bob,7,19.50
north,cy,"3",100
east,dee,x,5
south,"ann, jr",20,1.25
west,eve,5
north,ann,8,9.99
`

type Sale struct {
	Region, Rep string
	Units       int
	Price       float64
}

func parse(r io.Reader) ([]Sale, []error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err != nil {
		return nil, []error{err}
	}
	idx := map[string]int{}
	for i, h := range header {
		idx[h] = i
	}
	var out []Sale
	var errs []error
	for line := 2; ; line++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if len(rec) != len(header) {
			errs = append(errs, fmt.Errorf("line %d: %d fields, want %d", line, len(rec), len(header)))
			continue
		}
		units, err := strconv.Atoi(rec[idx["units"]])
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: units: %w", line, err))
			continue
		}
		price, _ := strconv.ParseFloat(rec[idx["price"]], 64)
		out = append(out, Sale{rec[idx["region"]], rec[idx["rep"]], units, price})
	}
	return out, errs
}

func main() {
	sales, errs := parse(strings.NewReader(data))
	for _, e := range errs {
		fmt.Println("skip:", e)
		var ne *strconv.NumError
		if errors.As(e, &ne) {
			fmt.Println("   bad number:", ne.Num, ne.Err == strconv.ErrSyntax)
		}
	}
	type agg struct {
		units int
		rev   float64
	}
	byRegion := map[string]*agg{}
	for _, s := range sales {
		a := byRegion[s.Region]
		if a == nil {
			a = &agg{}
			byRegion[s.Region] = a
		}
		a.units += s.Units
		a.rev += float64(s.Units) * s.Price
	}
	regions := make([]string, 0, len(byRegion))
	for r := range byRegion {
		regions = append(regions, r)
	}
	sort.Slice(regions, func(i, j int) bool { return byRegion[regions[i]].rev > byRegion[regions[j]].rev })
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"region", "units", "revenue", "note"})
	for _, r := range regions {
		a := byRegion[r]
		note := ""
		if a.rev > 200 {
			note = `top "performer", keep`
		}
		w.Write([]string{r, strconv.Itoa(a.units), strconv.FormatFloat(a.rev, 'f', 2, 64), note})
	}
	w.Flush()
	fmt.Println(w.Error(), len(sales), sales[3])
	w2 := csv.NewWriter(os.Stdout)
	w2.Comma = ';'
	w2.UseCRLF = false
	w2.WriteAll([][]string{{"a;b", "c\nd", ""}, {" lead", "q\"uote"}})
}
