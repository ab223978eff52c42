package main

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const data = `region,product,qty,price
north,widget,10,2.50
south,gadget,3,10.00
north,gadget,1,10.00
east,"widget, large",4,3.75
south,widget,7,2.50
west,gizmo,bad,1.00
east,gizmo,2,"12.5"
`

// splitCSV handles double-quoted fields containing commas.
func splitCSV(line string) []string {
	var fields []string
	var cur strings.Builder
	inQ := false
	for _, r := range line {
		switch {
		case r == '"':
			inQ = !inQ
		case r == ',' && !inQ:
			fields = append(fields, cur.String())
			cur.Reset()
		default:
			cur.WriteRune(r)
		}
	}
	return append(fields, cur.String())
}

type row struct {
	region, product string
	qty             int
	price           float64
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(data))
	var header []string
	var rows []row
	lineNo := 0
	for sc.Scan() {
		lineNo++
		f := splitCSV(sc.Text())
		if header == nil {
			header = f
			continue
		}
		q, err := strconv.Atoi(f[2])
		if err != nil {
			fmt.Printf("line %d: skip: %v\n", lineNo, err)
			continue
		}
		p, err := strconv.ParseFloat(f[3], 64)
		if err != nil {
			fmt.Printf("line %d: skip: %v\n", lineNo, err)
			continue
		}
		rows = append(rows, row{f[0], f[1], q, p})
	}
	fmt.Println("columns:", strings.Join(header, "|"), len(header))
	totals := map[string]float64{}
	for _, r := range rows {
		totals[r.region] += float64(r.qty) * r.price
	}
	keys := make([]string, 0, len(totals))
	for k := range totals {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return totals[keys[i]] > totals[keys[j]] })
	for _, k := range keys {
		fmt.Printf("%-6s %8.2f\n", k, totals[k])
	}
	fmt.Printf("%q\n", rows[3].product)
	fmt.Printf("%+v\n", rows[0])
}
