package main

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const stockCSV = `sku,name,on_hand,reorder_point,reorder_qty,unit_cost,supplier
A100,Hex bolts M6,120,200,500,0.08,Fastenal
A101,Hex nuts M6,640,200,500,0.05,Fastenal
B200,Drill bit 5mm,12,15,30,3.40,ToolCo
B201,Drill bit 8mm,4,10,20,4.95,ToolCo
C300,Safety gloves,0,25,50,2.10,SafeWear
C301,Ear plugs (box),31,30,40,6.75,SafeWear
D400,Cable ties,1000,300,1000,0.02,Fastenal
bad,row,with,too,few
E500,Measuring tape,7,x,10,9.99,ToolCo`

type Item struct {
	SKU, Name, Supplier string
	OnHand, Point, Qty  int
	Cost                float64
}

func parse(data string) ([]Item, []string) {
	var items []Item
	var problems []string
	sc := bufio.NewScanner(strings.NewReader(data))
	line := 0
	for sc.Scan() {
		line++
		if line == 1 {
			continue
		}
		f := strings.Split(sc.Text(), ",")
		if len(f) != 7 {
			problems = append(problems, fmt.Sprintf("line %d: want 7 fields, got %d", line, len(f)))
			continue
		}
		nums := make([]int, 3)
		var err error
		for i := range nums {
			if nums[i], err = strconv.Atoi(f[2+i]); err != nil {
				break
			}
		}
		if err != nil {
			problems = append(problems, fmt.Sprintf("line %d: %v", line, err))
			continue
		}
		cost, err := strconv.ParseFloat(f[5], 64)
		if err != nil {
			problems = append(problems, fmt.Sprintf("line %d: %v", line, err))
			continue
		}
		items = append(items, Item{f[0], f[1], f[6], nums[0], nums[1], nums[2], cost})
	}
	return items, problems
}

type order struct {
	lines []Item
	total float64
}

func main() {
	items, problems := parse(stockCSV)
	fmt.Printf("parsed %d items, %d problems\n", len(items), len(problems))
	for _, p := range problems {
		fmt.Println("  !", p)
	}

	orders := make(map[string]*order)
	for _, it := range items {
		if it.OnHand > it.Point {
			continue
		}
		o, ok := orders[it.Supplier]
		if !ok {
			o = &order{}
			orders[it.Supplier] = o
		}
		o.lines = append(o.lines, it)
		o.total += float64(it.Qty) * it.Cost
	}

	suppliers := make([]string, 0, len(orders))
	for s := range orders {
		suppliers = append(suppliers, s)
	}
	sort.Slice(suppliers, func(i, j int) bool {
		return orders[suppliers[i]].total > orders[suppliers[j]].total
	})

	fmt.Println("\nREORDER REPORT")
	for _, s := range suppliers {
		o := orders[s]
		fmt.Printf("== %s (%d lines, $%.2f)\n", s, len(o.lines), o.total)
		for _, it := range o.lines {
			status := "LOW"
			if it.OnHand == 0 {
				status = "OUT"
			}
			fmt.Printf("   %-5s %-16s on hand %4d / point %4d -> order %4d @ %6.2f  [%s]\n",
				it.SKU, it.Name, it.OnHand, it.Point, it.Qty, it.Cost, status)
		}
	}

	var value float64
	healthy := 0
	for _, it := range items {
		value += float64(it.OnHand) * it.Cost
		if it.OnHand > it.Point {
			healthy++
		}
	}
	fmt.Printf("\nstock value: $%.2f; healthy %d/%d (%.0f%%)\n", value, healthy, len(items), 100*float64(healthy)/float64(len(items)))
}
