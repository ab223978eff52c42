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
North,Widget,12,2.50
South,Widget,7,2.50
North,Gadget,3,10.00
East,"Gizmo, Deluxe",1,99.99
South,Gadget,5,10.00
West,Widget,notanumber,2.50
East,Widget,20,2.25
North,"Thing ""Pro""",2,15.00
`

type sale struct {
	Region  string
	Product string
	Units   int
	Price   float64
}

func (s sale) Total() float64 { return float64(s.Units) * s.Price }

func load(r io.Reader) ([]sale, []error) {
	cr := csv.NewReader(r)
	header, err := cr.Read()
	if err != nil {
		return nil, []error{err}
	}
	fmt.Println("columns:", strings.Join(header, " | "))
	var out []sale
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
		out = append(out, sale{rec[0], rec[1], units, price})
	}
	return out, errs
}

func main() {
	sales, errs := load(strings.NewReader(data))
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
		fmt.Printf("%-6s %-16q %3d x %6.2f = %8.2f\n", s.Region, s.Product, s.Units, s.Price, s.Total())
	}
	regions := make([]string, 0)
	for r := range byRegion {
		regions = append(regions, r)
	}
	sort.Strings(regions)

	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"region", "revenue"})
	for _, r := range regions {
		w.Write([]string{r, strconv.FormatFloat(byRegion[r], 'f', 2, 64)})
	}
	w.Write([]string{"note", "has, comma and \"quotes\""})
	w.Flush()
	if err := w.Error(); err != nil {
		fmt.Println("write error:", err)
	}

	semi := csv.NewReader(strings.NewReader("a;b;c\n# comment\n1;2;3\n4;5\n"))
	semi.Comma = ';'
	semi.Comment = '#'
	semi.FieldsPerRecord = -1
	all, err := semi.ReadAll()
	fmt.Println(all, err)

	strict := csv.NewReader(strings.NewReader("a,b\n1,2,3\n"))
	_, err = strict.ReadAll()
	fmt.Println("strict:", err)
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		fmt.Println("line", pe.Line, "is ErrFieldCount:", errors.Is(err, csv.ErrFieldCount))
	}
}
