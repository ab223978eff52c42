package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Order struct {
	Customer string
	Priority int
	Total    float64
	Note     string
}

func byPriorityThenTotal(a, b Order) int {
	return cmp.Or(
		cmp.Compare(b.Priority, a.Priority),
		cmp.Compare(a.Total, b.Total),
		strings.Compare(a.Customer, b.Customer),
	)
}

type Config struct {
	Host string
	Port int
	User string
}

func withDefaults(c Config) Config {
	c.Host = cmp.Or(c.Host, "localhost")
	c.Port = cmp.Or(c.Port, 8080)
	c.User = cmp.Or(c.User, "guest")
	return c
}

func main() {
	orders := []Order{
		{"zoe", 1, 25.5, ""},
		{"adam", 3, 99.0, "rush"},
		{"bea", 3, 12.25, ""},
		{"carl", 2, 50, "gift"},
		{"dan", 3, 12.25, ""},
	}
	slices.SortFunc(orders, byPriorityThenTotal)
	for _, o := range orders {
		fmt.Printf("%d %-5s %6.2f %s\n", o.Priority, o.Customer, o.Total, cmp.Or(o.Note, "-"))
	}

	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Compare(2.5, 2.5))
	fmt.Println(cmp.Less(3, 4), cmp.Less("z", "a"))

	fmt.Printf("%+v\n", withDefaults(Config{}))
	fmt.Printf("%+v\n", withDefaults(Config{Port: 9000, User: "root"}))

	name := cmp.Or("", "", "fallback", "other")
	fmt.Println("name:", name)
	zero := cmp.Or(0, 0)
	fmt.Println("zero:", zero)

	words := []string{"Banana", "apple", "Cherry", "date"}
	slices.SortFunc(words, func(a, b string) int {
		return cmp.Compare(strings.ToLower(a), strings.ToLower(b))
	})
	fmt.Println(words)

	type pair struct {
		k string
		v int
	}
	ps := []pair{{"x", 3}, {"y", 1}, {"z", 3}, {"w", 2}}
	slices.SortStableFunc(ps, func(a, b pair) int { return cmp.Compare(b.v, a.v) })
	fmt.Println(ps)

	pos, ok := slices.BinarySearchFunc(orders, 50.0, func(o Order, t float64) int {
		return cmp.Compare(o.Total, t)
	})
	fmt.Println("search:", pos, ok)

	best := slices.MinFunc(orders, func(a, b Order) int { return cmp.Compare(a.Total, b.Total) })
	fmt.Println("cheapest:", best.Customer)
}
