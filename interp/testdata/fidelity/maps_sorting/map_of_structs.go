package main

import (
	"fmt"
	"sort"
)

type Stock struct {
	Qty   int
	Price float64
}

func main() {
	inv := map[string]Stock{"apple": {10, 0.5}, "pear": {4, 0.75}}
	s := inv["apple"]
	s.Qty -= 3
	inv["apple"] = s
	ptrs := map[string]*Stock{"kiwi": {2, 1.2}}
	ptrs["kiwi"].Qty += 10
	fmt.Println(inv["apple"].Qty, ptrs["kiwi"].Qty)

	names := make([]string, 0)
	for n := range inv {
		names = append(names, n)
	}
	sort.Strings(names)
	var total float64
	for _, n := range names {
		st := inv[n]
		fmt.Printf("%-6s %3d x %.2f\n", n, st.Qty, st.Price)
		total += float64(st.Qty) * st.Price
	}
	fmt.Printf("total %.2f\n", total)

	if _, ok := inv["banana"]; !ok {
		fmt.Println("no bananas")
	}
}
