package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Order struct {
	ID       int
	Customer string
	Item     string
	Qty      int
	Price    float64
}

func GroupBy[T any, K comparable](seq iter.Seq[T], key func(T) K) map[K][]T {
	out := map[K][]T{}
	for v := range seq {
		k := key(v)
		out[k] = append(out[k], v)
	}
	return out
}

func SumBy[T any](xs []T, f func(T) float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += f(x)
	}
	return s
}

func SortedPairs[K interface{ ~string }, V any](m map[K]V) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range slices.Sorted(maps.Keys(m)) {
			if !yield(k, m[k]) {
				return
			}
		}
	}
}

func Indexed[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i := len(xs) - 1; i >= 0; i-- {
			if !yield(i, xs[i]) {
				return
			}
		}
	}
}

const data = `1,ann,pen,3,1.50
2,bob,book,1,12.00
3,ann,book,2,12.00
4,cy,pen,10,1.25
5,bob,lamp,1,30.00
6,ann,lamp,1,28.50`

func main() {
	var orders []Order
	for line := range strings.Lines(data) {
		var o Order
		fields := strings.Split(strings.TrimSpace(line), ",")
		fmt.Sscan(fields[0], &o.ID)
		o.Customer, o.Item = fields[1], fields[2]
		fmt.Sscan(fields[3], &o.Qty)
		fmt.Sscan(fields[4], &o.Price)
		orders = append(orders, o)
	}
	byCustomer := GroupBy(slices.Values(orders), func(o Order) string { return o.Customer })
	for name, os := range SortedPairs(byCustomer) {
		total := SumBy(os, func(o Order) float64 { return float64(o.Qty) * o.Price })
		ids := make([]int, 0, len(os))
		for _, o := range os {
			ids = append(ids, o.ID)
		}
		fmt.Printf("%-4s orders=%v total=%7.2f\n", name, ids, total)
	}
	byItem := GroupBy(slices.Values(orders), func(o Order) string { return o.Item })
	for item, os := range SortedPairs(byItem) {
		qty := 0
		for _, o := range os {
			qty += o.Qty
		}
		fmt.Printf("%s:%d ", item, qty)
		if item == "lamp" {
			break
		}
	}
	fmt.Println()
	for i, o := range Indexed(orders) {
		if o.Qty > 2 {
			continue
		}
		fmt.Print(i, o.Item, " ")
	}
	fmt.Println()
	type key struct {
		Cust string
		Big  bool
	}
	split := GroupBy(slices.Values(orders), func(o Order) key { return key{o.Customer, o.Price >= 12} })
	fmt.Println(len(split), len(split[key{"ann", true}]), split[key{"cy", false}][0])
}
