package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type PricingStrategy interface {
	Price(base float64, qty int) float64
}

type Regular struct{}

func (Regular) Price(base float64, qty int) float64 { return base * float64(qty) }

type Bulk struct {
	MinQty   int
	Discount float64
}

func (b Bulk) Price(base float64, qty int) float64 {
	total := base * float64(qty)
	if qty >= b.MinQty {
		total *= 1 - b.Discount
	}
	return total
}

type PriceFunc func(float64, int) float64

func (f PriceFunc) Price(base float64, qty int) float64 { return f(base, qty) }

type Cart struct {
	strategy PricingStrategy
	items    map[string]int
	prices   map[string]float64
}

func (c *Cart) Total() float64 {
	names := make([]string, 0, len(c.items))
	for n := range c.items {
		names = append(names, n)
	}
	sort.Strings(names)
	sum := 0.0
	for _, n := range names {
		p := c.strategy.Price(c.prices[n], c.items[n])
		fmt.Printf("  %-8s x%-3d = %8.2f\n", n, c.items[n], p)
		sum += p
	}
	return math.Round(sum*100) / 100
}

type SortStrategy func(a, b string) bool

func sortWith(words []string, less SortStrategy) []string {
	out := append([]string(nil), words...)
	sort.SliceStable(out, func(i, j int) bool { return less(out[i], out[j]) })
	return out
}

func main() {
	c := &Cart{
		items:  map[string]int{"apple": 12, "pear": 3, "melon": 1},
		prices: map[string]float64{"apple": 0.5, "pear": 0.75, "melon": 3.2},
	}
	strategies := []struct {
		name string
		s    PricingStrategy
	}{
		{"regular", Regular{}},
		{"bulk", Bulk{MinQty: 10, Discount: 0.2}},
		{"halfprice", PriceFunc(func(b float64, q int) float64 { return b * float64(q) / 2 })},
		{"ptr-bulk", &Bulk{MinQty: 2, Discount: 0.1}},
	}
	for _, st := range strategies {
		c.strategy = st.s
		fmt.Printf("%s (%T):\n", st.name, st.s)
		fmt.Printf("  total %.2f\n", c.Total())
	}

	words := strings.Fields("banana Apple cherry date Elderberry fig grape")
	byLen := func(a, b string) bool { return len(a) < len(b) }
	fmt.Println(sortWith(words, byLen))
	fmt.Println(sortWith(words, func(a, b string) bool { return a < b }))
	fmt.Println(sortWith(words, func(a, b string) bool { return strings.ToLower(a) < strings.ToLower(b) }))
	var rev SortStrategy = func(a, b string) bool { return a > b }
	fmt.Println(sortWith(words, rev), words[0])
}
