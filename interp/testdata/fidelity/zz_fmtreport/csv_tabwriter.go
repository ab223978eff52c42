package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

const sales = `region,rep,q1,q2,q3,q4
North,Alice,1200.50,1350,980.25,1500
South,Bob,800,920.75,1100,1010
North,Carol,1500,1420,1600.5,1710
East,Dan,600,580,720,810.10
South,Eve,1300,1250,1190,1400
East,Frank,,500,650,700`

type Row struct {
	Region, Rep string
	Q           [4]float64
	Missing     int
}

func (r Row) Total() (t float64) {
	for _, q := range r.Q {
		t += q
	}
	return
}

func main() {
	recs, err := csv.NewReader(strings.NewReader(sales)).ReadAll()
	if err != nil {
		panic(err)
	}
	var rows []Row
	for _, rec := range recs[1:] {
		r := Row{Region: rec[0], Rep: rec[1]}
		for i := 0; i < 4; i++ {
			v, err := strconv.ParseFloat(rec[2+i], 64)
			if err != nil {
				r.Missing++
			}
			r.Q[i] = v
		}
		rows = append(rows, r)
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].Region != rows[j].Region {
			return rows[i].Region < rows[j].Region
		}
		return rows[i].Total() > rows[j].Total()
	})
	tw := tabwriter.NewWriter(os.Stdout, 4, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "Region\tRep\tQ1\tQ2\tQ3\tQ4\tTotal\tGrowth\t")
	regionTotals := map[string]float64{}
	var order []string
	for _, r := range rows {
		if _, seen := regionTotals[r.Region]; !seen {
			order = append(order, r.Region)
		}
		regionTotals[r.Region] += r.Total()
		growth := "n/a"
		if r.Q[0] != 0 {
			growth = fmt.Sprintf("%+.1f%%", (r.Q[3]-r.Q[0])/r.Q[0]*100)
		}
		fmt.Fprintf(tw, "%s\t%s\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%s\t\n", r.Region, r.Rep, r.Q[0], r.Q[1], r.Q[2], r.Q[3], r.Total(), growth)
	}
	tw.Flush()
	fmt.Println()
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"region", "total", "note"})
	for _, reg := range order {
		note := ""
		if regionTotals[reg] > 9000 {
			note = "top, \"star\" region"
		}
		w.Write([]string{reg, strconv.FormatFloat(regionTotals[reg], 'f', 2, 64), note})
	}
	w.Flush()
	fmt.Println(w.Error(), rows[len(rows)-1].Missing)
}
