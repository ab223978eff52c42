package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

type Inventory struct {
	items map[string]int
}

func (inv *Inventory) All() iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		for _, k := range slices.Sorted(maps.Keys(inv.items)) {
			if !yield(k, inv.items[k]) {
				return
			}
		}
	}
}

func (inv *Inventory) LowStock(limit int) iter.Seq[string] {
	return func(yield func(string) bool) {
		for k, n := range inv.All() {
			if n < limit && !yield(k) {
				return
			}
		}
	}
}

func main() {
	inv := &Inventory{map[string]int{"bolts": 3, "nuts": 40, "gears": 1, "axles": 12}}
	for k, n := range inv.All() {
		fmt.Printf("%-6s %3d\n", k, n)
	}
	fmt.Println(slices.Collect(inv.LowStock(5)))
}
