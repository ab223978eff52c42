package main

import (
	"fmt"
	"strings"
	"time"
)

type SKU string

func (s SKU) String() string { return "SKU-" + strings.ToUpper(string(s)) }

type Price struct {
	Cents    int64
	Currency string
}

func (p Price) String() string {
	return fmt.Sprintf("%d.%02d %s", p.Cents/100, p.Cents%100, p.Currency)
}

type Dims struct{ W, H, D float64 }

type Item struct {
	ID      SKU
	Name    string
	price   Price
	Price   Price
	dims    Dims
	Tags    []string
	Added   time.Duration
	meta    map[string]int
	Related []SKU
}

type Shelf struct {
	Label string
	Items []Item
	best  *Item
}

func main() {
	it := Item{
		ID: "ab1", Name: "lamp", price: Price{1999, "EUR"}, Price: Price{2499, "EUR"},
		dims: Dims{10, 20, 5.5}, Tags: []string{"home"}, Added: 36 * time.Hour,
		meta: map[string]int{"views": 3}, Related: []SKU{"x1", "y2"},
	}
	fmt.Println(it)
	fmt.Printf("%+v\n", it)
	fmt.Printf("%v|%s\n", it.ID, it.Price)
	sh := Shelf{Label: "A", Items: []Item{it, {ID: "zz", Name: "mug"}}}
	fmt.Println(len(sh.Items), sh.best == nil)
	for _, x := range sh.Items {
		fmt.Printf("%-8v %-5s %v %v\n", x.ID, x.Name, x.Price, x.Related)
	}
	fmt.Println(sh.Items[1])
	type view struct {
		sku   SKU
		Label string
		p     Price
	}
	v := view{"q", "view", Price{5, "USD"}}
	fmt.Println(v)
	fmt.Printf("%+v\n", v)
	fmt.Println([]view{v}, map[string]view{"k": v})
}
