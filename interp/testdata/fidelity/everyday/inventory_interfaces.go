package main

import (
	"fmt"
	"sort"
	"strings"
)

type Item interface {
	SKU() string
	Price() float64
	Describe() string
}

type Book struct {
	sku, title, author string
	price              float64
}

func (b Book) SKU() string      { return b.sku }
func (b Book) Price() float64   { return b.price }
func (b Book) Describe() string { return fmt.Sprintf("%q by %s", b.title, b.author) }

type Gadget struct {
	sku, name string
	price     float64
	warranty  int
}

func (g *Gadget) SKU() string      { return g.sku }
func (g *Gadget) Price() float64   { return g.price }
func (g *Gadget) Describe() string { return fmt.Sprintf("%s (%d mo warranty)", g.name, g.warranty) }

type Perishable interface {
	Item
	DaysLeft() int
}

type Food struct {
	Book // reuse fields: a cookbook bundle with food
	days int
}

func (f Food) DaysLeft() int { return f.days }

type Inventory struct {
	stock map[string]int
	items map[string]Item
}

func (inv *Inventory) Add(it Item, qty int) {
	if inv.items == nil {
		inv.items = map[string]Item{}
		inv.stock = map[string]int{}
	}
	inv.items[it.SKU()] = it
	inv.stock[it.SKU()] += qty
}

func (inv *Inventory) Report() {
	skus := make([]string, 0, len(inv.items))
	for s := range inv.items {
		skus = append(skus, s)
	}
	sort.Strings(skus)
	var total float64
	for _, s := range skus {
		it := inv.items[s]
		v := it.Price() * float64(inv.stock[s])
		total += v
		extra := ""
		switch x := it.(type) {
		case Perishable:
			extra = fmt.Sprintf(" [expires in %d days]", x.DaysLeft())
		case *Gadget:
			extra = " [electronics]"
		}
		fmt.Printf("%-6s %-40s %3d x %7.2f = %8.2f%s\n", s, it.Describe(), inv.stock[s], it.Price(), v, extra)
	}
	fmt.Printf("%s\ntotal value: %.2f\n", strings.Repeat("-", 20), total)
}

func main() {
	var inv Inventory
	inv.Add(Book{"B-001", "The Go Programming Language", "Donovan", 39.99}, 3)
	inv.Add(&Gadget{"G-100", "USB hub", 24.5, 12}, 5)
	inv.Add(Food{Book{"F-007", "Sourdough kit", "Bakery", 12.0}, 4}, 10)
	inv.Add(Book{"B-002", "Learning Go", "Bodner", 44.0}, 1)
	inv.Add(&Gadget{"G-100", "USB hub", 24.5, 12}, 2)
	inv.Report()

	var cheapest Item
	for _, it := range inv.items {
		if cheapest == nil || it.Price() < cheapest.Price() {
			cheapest = it
		}
	}
	fmt.Println("cheapest:", cheapest.SKU())
	_, isPerishable := cheapest.(Perishable)
	fmt.Println("perishable:", isPerishable)
	fmt.Printf("%T\n", inv.items["G-100"])
}
