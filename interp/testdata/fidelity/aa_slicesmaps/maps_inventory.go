package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Item struct {
	SKU   string
	Qty   int
	Price float64
}

func main() {
	warehouse := map[string]Item{
		"A-1": {"A-1", 10, 2.5},
		"B-2": {"B-2", 0, 10},
		"C-3": {"C-3", 4, 7.25},
	}
	shop := maps.Clone(warehouse)
	shop["D-4"] = Item{"D-4", 1, 99}
	delete(shop, "B-2")
	fmt.Println(len(warehouse), len(shop), maps.Equal(map[string]int{"a": 1}, map[string]int{"a": 1}))

	same := maps.EqualFunc(warehouse, shop, func(a, b Item) bool { return a.Qty == b.Qty })
	fmt.Println("same qty:", same)

	inStock := maps.Collect(func(yield func(string, int) bool) {
		for _, k := range slices.Sorted(maps.Keys(warehouse)) {
			if it := warehouse[k]; it.Qty > 0 {
				if !yield(k, it.Qty) {
					return
				}
			}
		}
	})
	fmt.Println(inStock)
	maps.DeleteFunc(shop, func(k string, v Item) bool { return v.Price > 50 })
	fmt.Println(slices.Sorted(maps.Keys(shop)))

	merged := map[string]int{"x": 1}
	maps.Copy(merged, inStock)
	maps.Insert(merged, maps.All(map[string]int{"y": 2, "A-1": 100}))
	keys := slices.Collect(maps.Keys(merged))
	slices.Sort(keys)
	var sb strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&sb, "%s=%d ", k, merged[k])
	}
	fmt.Println(sb.String())
	values := slices.Sorted(maps.Values(merged))
	fmt.Println(values, slices.Sorted(maps.Keys(map[int]bool{3: true, 1: false, 2: true})))

	total := 0.0
	for _, k := range slices.Sorted(maps.Keys(warehouse)) {
		it := warehouse[k]
		total += float64(it.Qty) * it.Price
	}
	fmt.Printf("stock value %.2f\n", total)
	grouped := map[bool][]string{}
	for k, it := range warehouse {
		grouped[it.Qty > 0] = append(grouped[it.Qty > 0], k)
	}
	for _, v := range grouped {
		slices.Sort(v)
	}
	fmt.Println(grouped)
}
