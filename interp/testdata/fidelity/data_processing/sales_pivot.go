package main

import (
	"encoding/csv"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
)

const data = `date,rep,region,amount
2024-01-15,Alice,EU,1200.50
2024-01-20,Bob,US,850
2024-02-03,Alice,EU,430.25
2024-02-14,Carol,APAC,2100
2024-02-28,Bob,EU,99.99
2024-03-01,Alice,US,1500
2024-03-17,Carol,APAC,760.40
2024-03-30,Bob,US,1230.10`

type Sale struct {
	Date   time.Time
	Rep    string
	Region string
	Amount float64
}

type Pivot map[string]map[time.Month]float64

func main() {
	r := csv.NewReader(strings.NewReader(data))
	records, err := r.ReadAll()
	if err != nil {
		fmt.Println(err)
		return
	}
	var sales []Sale
	for _, rec := range records[1:] {
		d, _ := time.Parse("2006-01-02", rec[0])
		amt, _ := strconv.ParseFloat(rec[3], 64)
		sales = append(sales, Sale{d, rec[1], rec[2], amt})
	}
	pivot := Pivot{}
	months := map[time.Month]bool{}
	for _, s := range sales {
		if pivot[s.Rep] == nil {
			pivot[s.Rep] = map[time.Month]float64{}
		}
		pivot[s.Rep][s.Date.Month()] += s.Amount
		months[s.Date.Month()] = true
	}
	var ms []time.Month
	for m := range months {
		ms = append(ms, m)
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i] < ms[j] })
	reps := make([]string, 0, len(pivot))
	for rep := range pivot {
		reps = append(reps, rep)
	}
	sort.Strings(reps)

	fmt.Printf("%-6s", "rep")
	for _, m := range ms {
		fmt.Printf("%10s", m.String()[:3])
	}
	fmt.Printf("%11s\n", "total")
	colTotals := make([]float64, len(ms))
	for _, rep := range reps {
		fmt.Printf("%-6s", rep)
		rowTotal := 0.0
		for i, m := range ms {
			v := pivot[rep][m]
			colTotals[i] += v
			rowTotal += v
			if v == 0 {
				fmt.Printf("%10s", "-")
			} else {
				fmt.Printf("%10.2f", v)
			}
		}
		fmt.Printf("%11.2f\n", rowTotal)
	}
	fmt.Printf("%-6s", "all")
	grand := 0.0
	for _, t := range colTotals {
		fmt.Printf("%10.2f", t)
		grand += t
	}
	fmt.Printf("%11.2f\n", grand)

	byRegion := map[string][]float64{}
	for _, s := range sales {
		byRegion[s.Region] = append(byRegion[s.Region], s.Amount)
	}
	regions := make([]string, 0)
	for k := range byRegion {
		regions = append(regions, k)
	}
	sort.Strings(regions)
	for _, reg := range regions {
		xs := byRegion[reg]
		mean := 0.0
		for _, x := range xs {
			mean += x
		}
		mean /= float64(len(xs))
		sd := 0.0
		for _, x := range xs {
			sd += math.Pow(x-mean, 2)
		}
		sd = math.Sqrt(sd / float64(len(xs)))
		fmt.Printf("%-5s n=%d mean=%8.2f sd=%8.2f\n", reg, len(xs), mean, sd)
	}
	q1 := time.Date(2024, 3, 31, 0, 0, 0, 0, time.UTC)
	fmt.Println(q1.Format("Q1 ends Monday, January 2"), sales[0].Date.Weekday(), ms[0])
}
