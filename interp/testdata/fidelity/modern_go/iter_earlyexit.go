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

func (inv *Inventory) Sorted() iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		for _, k := range slices.Sorted(maps.Keys(inv.items)) {
			if !yield(k, inv.items[k]) {
				return
			}
		}
	}
}

func MapSeq[T, U any](s iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range s {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func findFirstLow(inv *Inventory, threshold int) (string, bool) {
	for name, qty := range inv.Sorted() {
		if qty < threshold {
			return name, true // return from inside a range-over-func loop
		}
	}
	return "", false
}

func countWithDefer(seq iter.Seq[int]) (n int) {
	defer func() { n *= 10 }()
	for v := range seq {
		if v < 0 {
			continue
		}
		n++
	}
	return n
}

func main() {
	inv := &Inventory{items: map[string]int{"bolts": 120, "nuts": 8, "washers": 45, "gears": 3, "springs": 60}}
	for name, qty := range inv.Sorted() {
		fmt.Printf("%-8s %4d\n", name, qty)
	}
	name, ok := findFirstLow(inv, 10)
	fmt.Println("first low:", name, ok)
	name, ok = findFirstLow(inv, 1)
	fmt.Println("none low:", name, ok)

	upper := MapSeq(slices.Values([]string{"a", "bc", "def"}), strings.ToUpper)
	lens := MapSeq(upper, func(s string) int { return len(s) })
	fmt.Println(slices.Collect(upper), slices.Collect(lens))

	fmt.Println("count:", countWithDefer(slices.Values([]int{1, -2, 3, -4, 5})))

outer:
	for i := range 3 {
		for name, qty := range inv.Sorted() {
			if qty > 100 {
				fmt.Println("skip row", i, "at", name)
				continue outer
			}
			if i == 2 {
				fmt.Println("stop at", name)
				break outer
			}
		}
	}

	total := 0
	for _, qty := range inv.Sorted() {
		total += qty
	}
	fmt.Println("total:", total)

	var collected []string
	for k := range maps.Keys(map[string]bool{"x": true}) {
		collected = append(collected, k)
	}
	fmt.Println(collected)

	seq := func(yield func(int) bool) {
		defer fmt.Println("seq cleanup")
		for i := 0; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
	for v := range seq {
		if v == 2 {
			break
		}
		fmt.Println("v", v)
	}
}
