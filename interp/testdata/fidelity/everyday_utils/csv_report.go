package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"log"
	"os"
	"sort"
	"strconv"
	"strings"
)

const data = `region,product,units,price
north,apples,120,0.50
south,apples,80,0.55
north,pears,40,0.75
east,"kiwi, gold",15,1.20
south,pears,,0.70
west,apples,200,0.45
east,apples,60,0.50
north,apples,30,0.50
`

type row struct {
	region, product string
	units           int
	price           float64
}

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.SetPrefix("report: ")
	r := csv.NewReader(strings.NewReader(data))
	header, err := r.Read()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("columns:", header, len(header))
	var rows []row
	for line := 2; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			log.Fatal(err)
		}
		units, err := strconv.Atoi(rec[2])
		if err != nil {
			log.Printf("line %d: units %q: %v", line, rec[2], err)
			continue
		}
		price, _ := strconv.ParseFloat(rec[3], 64)
		rows = append(rows, row{rec[0], rec[1], units, price})
	}
	revenue := map[string]float64{}
	units := map[string]int{}
	for _, rw := range rows {
		revenue[rw.region] += float64(rw.units) * rw.price
		units[rw.product] += rw.units
	}
	regions := make([]string, 0, len(revenue))
	for k := range revenue {
		regions = append(regions, k)
	}
	sort.Slice(regions, func(i, j int) bool { return revenue[regions[i]] > revenue[regions[j]] })
	for _, reg := range regions {
		fmt.Printf("%-6s %8.2f\n", reg, revenue[reg])
	}
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"product", "units"})
	prods := make([]string, 0)
	for p := range units {
		prods = append(prods, p)
	}
	sort.Strings(prods)
	for _, p := range prods {
		w.Write([]string{p, strconv.Itoa(units[p])})
	}
	w.Flush()
	fmt.Println(w.Error(), len(rows))
	fmt.Printf("%v\n%+v\n", rows[0], rows[len(rows)-1])
}
