package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Inventory struct {
	items map[string]int
}

// All yields items in name order.
func (inv *Inventory) All() iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		for _, k := range slices.Sorted(maps.Keys(inv.items)) {
			if !yield(k, inv.items[k]) {
				return
			}
		}
	}
}

func Enumerate[T any](s []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func main() {
	inv := &Inventory{items: map[string]int{"pear": 3, "apple": 10, "fig": 0, "kiwi": 7}}

	for name, n := range inv.All() {
		fmt.Printf("%-6s %2d\n", name, n)
	}

	for name, n := range inv.All() {
		if n == 0 {
			fmt.Println("first out of stock:", name)
			break
		}
	}

	for i, w := range Enumerate(strings.Fields("one two three")) {
		fmt.Print(i, "=", w, " ")
	}
	fmt.Println()

	upper := maps.Collect(func(yield func(string, int) bool) {
		for k, v := range inv.All() {
			if !yield(strings.ToUpper(k), v*2) {
				return
			}
		}
	})
	fmt.Println(upper)
}
