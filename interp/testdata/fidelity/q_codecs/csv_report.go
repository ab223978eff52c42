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
north,gadget,7,9.50
"east, coast",widget,20,2.25
south,widget,5,2.50
west,"thing ""deluxe""",1,99.99
north,widget,bad,2.50
east,gizmo,4
`

type Sale struct {
	Region, Product string
	Units           int
	Price           float64
}

func (s Sale) Total() float64 { return float64(s.Units) * s.Price }

func main() {
	r := csv.NewReader(strings.NewReader(data))
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		fmt.Println("header:", err)
		return
	}
	fmt.Println(header, len(header))
	var sales []Sale
	line := 1
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		line++
		if err != nil {
			fmt.Println("read:", err)
			continue
		}
		if len(rec) != len(header) {
			fmt.Printf("line %d: want %d fields, got %d\n", line, len(header), len(rec))
			continue
		}
		units, err := strconv.Atoi(rec[2])
		if err != nil {
			fmt.Printf("line %d: %v\n", line, err)
			continue
		}
		price, _ := strconv.ParseFloat(rec[3], 64)
		sales = append(sales, Sale{rec[0], rec[1], units, price})
	}
	byRegion := map[string]float64{}
	for _, s := range sales {
		byRegion[s.Region] += s.Total()
	}
	regions := make([]string, 0, len(byRegion))
	for k := range byRegion {
		regions = append(regions, k)
	}
	sort.Slice(regions, func(i, j int) bool { return byRegion[regions[i]] > byRegion[regions[j]] })

	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"region", "revenue", "share"})
	var grand float64
	for _, v := range byRegion {
		grand += v
	}
	for _, reg := range regions {
		share := byRegion[reg] / grand * 100
		w.Write([]string{reg, strconv.FormatFloat(byRegion[reg], 'f', 2, 64), fmt.Sprintf("%.1f%%", share)})
	}
	w.Flush()
	fmt.Println(w.Error())

	var sb strings.Builder
	tw := csv.NewWriter(&sb)
	tw.Comma = ';'
	tw.UseCRLF = false
	for _, s := range sales[3:] {
		tw.Write([]string{s.Product, strconv.Itoa(s.Units), "note: " + s.Region})
	}
	tw.Flush()
	fmt.Printf("%q\n", sb.String())

	_, err = csv.NewReader(strings.NewReader("a,\"b\nc")).ReadAll()
	fmt.Println(err)
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		fmt.Println(pe.Line, pe.Column, pe.Err == csv.ErrQuote)
	}
	recs, _ := csv.NewReader(strings.NewReader("# comment\nx;y\n1;2\n")).ReadAll()
	fmt.Println(recs, len(recs))
	cr := csv.NewReader(strings.NewReader("# comment\nx;y\n1;2\n"))
	cr.Comma, cr.Comment = ';', '#'
	recs, _ = cr.ReadAll()
	fmt.Println(recs, len(recs))
}
