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

const data = `date,team,metric,value
2024-01-03,red,points,12
2024-01-03,blue,points,9
2024-01-03,red,fouls,3
2024-01-10,blue,points,15
2024-01-10,red,points,15
2024-01-10,blue,fouls,1
2024-01-17,red,points,7
2024-01-17,green,points,21
2024-01-17,green,fouls,"4"
2024-01-24,blue,points,n/a
`

type Record struct {
	Date, Team, Metric string
	Value              int
}

type ParseError struct {
	Line int
	Err  error
}

func (e ParseError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e ParseError) Unwrap() error { return e.Err }

func load(r io.Reader) ([]Record, []error) {
	cr := csv.NewReader(r)
	var recs []Record
	var errs []error
	line := 0
	for {
		row, err := cr.Read()
		line++
		if err == io.EOF {
			break
		}
		if err != nil {
			errs = append(errs, ParseError{line, err})
			continue
		}
		if line == 1 {
			continue
		}
		v, err := strconv.Atoi(row[3])
		if err != nil {
			errs = append(errs, ParseError{line, err})
			continue
		}
		recs = append(recs, Record{row[0], row[1], row[2], v})
	}
	return recs, errs
}

type Pivot struct {
	rows, cols []string
	cells      map[[2]string]int
}

func pivot(recs []Record, rowKey, colKey func(Record) string, keep func(Record) bool) Pivot {
	p := Pivot{cells: map[[2]string]int{}}
	rs, cs := map[string]bool{}, map[string]bool{}
	for _, r := range recs {
		if !keep(r) {
			continue
		}
		rk, ck := rowKey(r), colKey(r)
		rs[rk], cs[ck] = true, true
		p.cells[[2]string{rk, ck}] += r.Value
	}
	for k := range rs {
		p.rows = append(p.rows, k)
	}
	for k := range cs {
		p.cols = append(p.cols, k)
	}
	sort.Strings(p.rows)
	sort.Strings(p.cols)
	return p
}

func (p Pivot) Render(w io.Writer) {
	tw := tabwriter.NewWriter(w, 4, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "\t%s\ttotal\t\n", strings.Join(p.cols, "\t"))
	colTot := make([]int, len(p.cols))
	for _, r := range p.rows {
		fmt.Fprint(tw, r)
		tot := 0
		for i, c := range p.cols {
			v, ok := p.cells[[2]string{r, c}]
			if ok {
				fmt.Fprintf(tw, "\t%d", v)
			} else {
				fmt.Fprint(tw, "\t-")
			}
			tot += v
			colTot[i] += v
		}
		fmt.Fprintf(tw, "\t%d\t\n", tot)
	}
	fmt.Fprint(tw, "sum")
	for _, t := range colTot {
		fmt.Fprintf(tw, "\t%d", t)
	}
	fmt.Fprintln(tw, "\t\t")
	tw.Flush()
}

func main() {
	recs, errs := load(strings.NewReader(data))
	fmt.Println(len(recs), "records,", len(errs), "errors")
	for _, e := range errs {
		var ne *strconv.NumError
		if pe, ok := e.(ParseError); ok && errorsAs(pe, &ne) {
			fmt.Printf("  %v [func=%s num=%q]\n", e, ne.Func, ne.Num)
		}
	}
	points := pivot(recs, func(r Record) string { return r.Team },
		func(r Record) string { return r.Date[5:] },
		func(r Record) bool { return r.Metric == "points" })
	points.Render(os.Stdout)
	fmt.Println()
	byMetric := pivot(recs, func(r Record) string { return r.Metric },
		func(r Record) string { return r.Team },
		func(Record) bool { return true })
	byMetric.Render(os.Stdout)
	fmt.Printf("%v\n", recs[len(recs)-1])
	fmt.Println(len(points.cells), points.cells[[2]string{"red", "01-10"}])
}

func errorsAs(err error, target **strconv.NumError) bool {
	for err != nil {
		if ne, ok := err.(*strconv.NumError); ok {
			*target = ne
			return true
		}
		u, ok := err.(interface{ Unwrap() error })
		if !ok {
			return false
		}
		err = u.Unwrap()
	}
	return false
}
