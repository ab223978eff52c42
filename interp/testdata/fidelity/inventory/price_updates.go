package main

import (
	"fmt"
	"maps"
	"slices"
)

type Catalog map[string]float64

type Rule func(name string, price float64) float64

func Discount(pct float64) Rule {
	return func(_ string, p float64) float64 { return p * (1 - pct/100) }
}

func Floor(min float64) Rule {
	return func(_ string, p float64) float64 {
		if p < min {
			return min
		}
		return p
	}
}

func OnlyFor(names ...string) func(Rule) Rule {
	return func(r Rule) Rule {
		return func(n string, p float64) float64 {
			if slices.Contains(names, n) {
				return r(n, p)
			}
			return p
		}
	}
}

func (c Catalog) Apply(rules ...Rule) Catalog {
	out := maps.Clone(c)
	for name, p := range out {
		for _, r := range rules {
			p = r(name, p)
		}
		out[name] = p
	}
	return out
}

func main() {
	cat := Catalog{"pen": 1.20, "book": 15.00, "bag": 40.00, "clip": 0.10}

	sale := cat.Apply(Discount(25), Floor(0.50))
	fmt.Println(cat)
	fmt.Println(sale)

	targeted := cat.Apply(OnlyFor("bag", "book")(Discount(10)))
	for _, k := range slices.Sorted(maps.Keys(targeted)) {
		fmt.Printf("%-5s %6.2f -> %6.2f\n", k, cat[k], targeted[k])
	}
}
