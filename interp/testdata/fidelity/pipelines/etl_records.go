package main

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const input = `2024-01-03|north|widget|12|2.50
2024-01-03|south|widget|5|2.50
2024-01-04|north|gadget|2|10.00
bad line
2024-01-05|east|widget|x|2.50
2024-01-05|north|widget|3|2.75
2024-01-06|south|gadget|1|9.50`

type Sale struct {
	Date, Region, Product string
	Qty                   int
	Price                 float64
}

func extract(src string) (<-chan string, int) {
	out := make(chan string, 16)
	sc := bufio.NewScanner(strings.NewReader(src))
	n := 0
	for sc.Scan() {
		out <- sc.Text()
		n++
	}
	close(out)
	return out, n
}

func transform(lines <-chan string) ([]Sale, []string) {
	var sales []Sale
	var rejects []string
	for l := range lines {
		f := strings.Split(l, "|")
		if len(f) != 5 {
			rejects = append(rejects, "fields: "+l)
			continue
		}
		q, err := strconv.Atoi(f[3])
		if err != nil {
			rejects = append(rejects, "qty: "+l)
			continue
		}
		p, _ := strconv.ParseFloat(f[4], 64)
		sales = append(sales, Sale{f[0], f[1], f[2], q, p})
	}
	return sales, rejects
}

func main() {
	lines, n := extract(input)
	sales, rejects := transform(lines)
	fmt.Println("read", n, "loaded", len(sales), "rejected", len(rejects))
	for _, r := range rejects {
		fmt.Println("  reject", r)
	}

	byRegion := map[string]float64{}
	byProduct := map[string]int{}
	for _, s := range sales {
		byRegion[s.Region] += float64(s.Qty) * s.Price
		byProduct[s.Product] += s.Qty
	}
	regions := make([]string, 0, len(byRegion))
	for r := range byRegion {
		regions = append(regions, r)
	}
	sort.Slice(regions, func(i, j int) bool { return byRegion[regions[i]] > byRegion[regions[j]] })
	for _, r := range regions {
		fmt.Printf("%-6s %8.2f\n", r, byRegion[r])
	}
	fmt.Println(byProduct)
}
