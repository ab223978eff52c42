package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	stock := map[string]int{"pear": 3, "apple": 5, "fig": 0}
	keys := slices.Sorted(maps.Keys(stock))
	fmt.Println(keys)
	for _, k := range keys {
		fmt.Printf("%s=%d\n", k, stock[k])
	}
	vals := slices.Sorted(maps.Values(stock))
	fmt.Println(vals)

	cp := maps.Clone(stock)
	cp["kiwi"] = 1
	fmt.Println(len(stock), len(cp))
	fmt.Println(maps.Equal(stock, cp))
	maps.DeleteFunc(cp, func(k string, v int) bool { return v == 0 })
	fmt.Println(slices.Sorted(maps.Keys(cp)))
}
