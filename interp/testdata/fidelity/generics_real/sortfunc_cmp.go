package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Product struct {
	Name     string
	Category string
	Price    float64
	Stock    int
}

func (p Product) String() string {
	return fmt.Sprintf("%-10s %-8s $%7.2f x%d", p.Name, p.Category, p.Price, p.Stock)
}

func byCategoryThenPrice(a, b Product) int {
	return cmp.Or(
		cmp.Compare(a.Category, b.Category),
		cmp.Compare(b.Price, a.Price),
		strings.Compare(a.Name, b.Name),
	)
}

func MaxBy[T any, K cmp.Ordered](xs []T, key func(T) K) (T, bool) {
	var best T
	if len(xs) == 0 {
		return best, false
	}
	best = xs[0]
	for _, x := range xs[1:] {
		if key(x) > key(best) {
			best = x
		}
	}
	return best, true
}

func Clamp[T cmp.Ordered](v, lo, hi T) T {
	return min(max(v, lo), hi)
}

func main() {
	inv := []Product{
		{"laptop", "tech", 999.99, 5},
		{"mouse", "tech", 19.5, 120},
		{"desk", "office", 250, 8},
		{"chair", "office", 180.25, 0},
		{"monitor", "tech", 199.99, 14},
		{"stapler", "office", 9.99, 40},
		{"pen", "office", 1.25, 500},
	}
	slices.SortFunc(inv, byCategoryThenPrice)
	for _, p := range inv {
		fmt.Println(p)
	}

	fmt.Println("--- by stock desc")
	byStock := slices.Clone(inv)
	slices.SortStableFunc(byStock, func(a, b Product) int { return cmp.Compare(b.Stock, a.Stock) })
	for i, p := range byStock[:3] {
		fmt.Printf("%d. %s (%d)\n", i+1, p.Name, p.Stock)
	}

	idx, found := slices.BinarySearchFunc(inv, "monitor", func(p Product, name string) int {
		return strings.Compare(p.Name, name)
	})
	fmt.Println("binary search on unsorted names:", idx, found)

	names := make([]string, 0, len(inv))
	for _, p := range inv {
		names = append(names, p.Name)
	}
	slices.Sort(names)
	i, ok := slices.BinarySearch(names, "monitor")
	fmt.Println(names, i, ok)

	priciest, _ := MaxBy(inv, func(p Product) float64 { return p.Price })
	mostStock, _ := MaxBy(inv, func(p Product) int { return p.Stock })
	fmt.Println("priciest:", priciest.Name, "most stock:", mostStock.Name)
	_, ok = MaxBy([]Product{}, func(p Product) string { return p.Name })
	fmt.Println("empty ok:", ok)

	fmt.Println(Clamp(15, 0, 10), Clamp(-2.5, -1.0, 1.0), Clamp("m", "a", "k"))
	fmt.Println(cmp.Compare(2, 3), cmp.Compare("b", "a"), cmp.Less(1.5, 1.5))

	outOfStock := slices.IndexFunc(inv, func(p Product) bool { return p.Stock == 0 })
	fmt.Println("first out of stock at", outOfStock, inv[outOfStock].Name)
	fmt.Println("any > 500?", slices.ContainsFunc(inv, func(p Product) bool { return p.Price > 500 }))
	minP := slices.MinFunc(inv, func(a, b Product) int { return cmp.Compare(a.Price, b.Price) })
	fmt.Printf("cheapest: %+v\n", minP)
}
