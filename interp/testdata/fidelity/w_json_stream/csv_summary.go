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

type Sale struct {
	Region string
	Item   string
	Qty    int
	Price  float64
}

func (s Sale) Total() float64 { return float64(s.Qty) * s.Price }

type RowError struct {
	Row int
	Err error
}

func (e *RowError) Error() string { return fmt.Sprintf("row %d: %v", e.Row, e.Err) }
func (e *RowError) Unwrap() error { return e.Err }

func parse(r io.Reader) ([]Sale, []error) {
	cr := csv.NewReader(r)
	cr.Comment = '#'
	var sales []Sale
	var errs []error
	row := 0
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		row++
		if err != nil {
			errs = append(errs, &RowError{row, err})
			continue
		}
		if row == 1 {
			continue
		}
		qty, err1 := strconv.Atoi(rec[2])
		price, err2 := strconv.ParseFloat(rec[3], 64)
		if err := errors.Join(err1, err2); err != nil {
			errs = append(errs, &RowError{row, err})
			continue
		}
		sales = append(sales, Sale{rec[0], rec[1], qty, price})
	}
	return sales, errs
}

const data = `region,item,qty,price
north,widget,3,2.50
# a comment line
south,gadget,1,10
north,"gizmo, large",2,7.25
east,widget,x,2.50
south,widget,4,2.5
west,gadget,2
`

func main() {
	sales, errs := parse(strings.NewReader(data))
	for _, e := range errs {
		var ne *strconv.NumError
		var pe *csv.ParseError
		fmt.Printf("%v | num=%v csv=%v\n", e, errors.As(e, &ne), errors.As(e, &pe))
	}
	totals := map[string]float64{}
	for _, s := range sales {
		totals[s.Region] += s.Total()
	}
	regions := make([]string, 0, len(totals))
	for r := range totals {
		regions = append(regions, r)
	}
	sort.Slice(regions, func(i, j int) bool { return totals[regions[i]] > totals[regions[j]] })
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"region", "total"})
	for _, r := range regions {
		w.Write([]string{r, strconv.FormatFloat(totals[r], 'f', 2, 64)})
	}
	w.Write([]string{"note", "has \"quotes\", commas"})
	w.Flush()
	fmt.Println(w.Error(), len(sales))
	fmt.Printf("%v\n%+v\n", sales[0], sales[2])
}
