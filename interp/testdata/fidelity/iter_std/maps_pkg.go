package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Inventory map[string]int

func (inv Inventory) String() string {
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(inv)) {
		parts = append(parts, fmt.Sprintf("%s=%d", k, inv[k]))
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func main() {
	stock := Inventory{"apple": 5, "pear": 0, "kiwi": 12, "plum": 3}
	fmt.Println(stock)

	backup := maps.Clone(stock)
	maps.DeleteFunc(stock, func(k string, v int) bool { return v == 0 })
	fmt.Println("after delete:", stock, "backup:", backup)
	fmt.Println("equal?", maps.Equal(stock, backup))

	extra := map[string]int{"mango": 7, "apple": 10}
	maps.Copy(stock, extra)
	fmt.Println("after copy:", stock)

	vals := slices.Sorted(maps.Values(stock))
	fmt.Println("values:", vals)
	total := 0
	for _, v := range maps.All(stock) {
		total += v
	}
	fmt.Println("total:", total)

	inverted := map[int][]string{}
	for k, v := range stock {
		inverted[v] = append(inverted[v], k)
	}
	for _, n := range slices.Sorted(maps.Keys(inverted)) {
		fmt.Println(n, inverted[n])
	}

	lengths := maps.Collect(func(yield func(string, int) bool) {
		for _, w := range []string{"go", "java", "c", "rust"} {
			if !yield(w, len(w)) {
				return
			}
		}
	})
	fmt.Println(lengths)
	ins := map[string]bool{"x": true}
	maps.Insert(ins, maps.All(map[string]bool{"y": false, "z": true}))
	fmt.Println(ins, len(ins))

	same := maps.EqualFunc(map[string]int{"a": 1}, map[string]string{"a": "1"}, func(i int, s string) bool {
		return fmt.Sprint(i) == s
	})
	fmt.Println("equal func:", same)

	type key struct{ x, y int }
	cells := map[key]string{{1, 2}: "b", {0, 0}: "a", {1, 0}: "c"}
	ks := slices.SortedFunc(maps.Keys(cells), func(a, b key) int {
		if a.x != b.x {
			return a.x - b.x
		}
		return a.y - b.y
	})
	for _, k := range ks {
		fmt.Printf("%v:%s ", k, cells[k])
	}
	fmt.Println()
	clear(cells)
	fmt.Println(len(cells), cells)
}
