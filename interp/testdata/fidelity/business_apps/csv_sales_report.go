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

const salesData = `region,rep,month,units,unit_price
North,Ann,2024-01,12,19.99
North,Ann,2024-02,9,19.99
South,Raj,2024-01,20,17.50
South,"Lee, Jr.",2024-01,5,22.00
North,Bob,2024-02,14,19.99
West,Zoe,2024-01,,18.00
West,Zoe,2024-02,11,18.00
South,Raj,2024-02,18,17.50
East,Kim,2024-02,7,abc
`

type Sale struct {
	Region, Rep, Month string
	Units              int
	Price              float64
}

type rowError struct {
	Line int
	Err  error
}

func (e rowError) Error() string { return fmt.Sprintf("row %d: %v", e.Line, e.Err) }
func (e rowError) Unwrap() error { return e.Err }

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
	var out []Sale
	var errs []error
	line := 1
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		line++
		if err != nil {
			errs = append(errs, rowError{line, err})
			continue
		}
		units, err := strconv.Atoi(rec[idx["units"]])
		if err != nil {
			errs = append(errs, rowError{line, err})
			continue
		}
		price, err := strconv.ParseFloat(rec[idx["unit_price"]], 64)
		if err != nil {
			errs = append(errs, rowError{line, err})
			continue
		}
		out = append(out, Sale{rec[idx["region"]], rec[idx["rep"]], rec[idx["month"]], units, price})
	}
	return out, errs
}

func main() {
	sales, errs := load(strings.NewReader(salesData))
	fmt.Printf("loaded %d sales, %d bad rows\n", len(sales), len(errs))
	for _, e := range errs {
		var ne *strconv.NumError
		if errors.As(e, &ne) {
			fmt.Printf("  %v (func=%s input=%q)\n", e, ne.Func, ne.Num)
		} else {
			fmt.Println(" ", e)
		}
	}

	type key struct{ region, month string }
	revenue := map[key]float64{}
	months := map[string]bool{}
	regions := map[string]bool{}
	for _, s := range sales {
		revenue[key{s.Region, s.Month}] += float64(s.Units) * s.Price
		months[s.Month] = true
		regions[s.Region] = true
	}
	ms := keys(months)
	rs := keys(regions)

	w := csv.NewWriter(os.Stdout)
	w.Write(append([]string{"region"}, append(ms, "total")...))
	for _, r := range rs {
		row := []string{r}
		total := 0.0
		for _, m := range ms {
			v := revenue[key{r, m}]
			total += v
			row = append(row, strconv.FormatFloat(v, 'f', 2, 64))
		}
		row = append(row, strconv.FormatFloat(total, 'f', 2, 64))
		w.Write(row)
	}
	w.Write([]string{"note", "contains, comma", `and "quotes"`})
	w.Flush()
	if err := w.Error(); err != nil {
		fmt.Println(err)
	}

	best := map[string]int{}
	for _, s := range sales {
		best[s.Rep] += s.Units
	}
	reps := keys(map[string]bool{})
	for r := range best {
		reps = append(reps, r)
	}
	sort.Slice(reps, func(i, j int) bool {
		if best[reps[i]] != best[reps[j]] {
			return best[reps[i]] > best[reps[j]]
		}
		return reps[i] < reps[j]
	})
	for i, r := range reps {
		fmt.Printf("#%d %-9s %3d units\n", i+1, r, best[r])
	}
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
