package main

import (
	"fmt"
	"math/rand"
	"sort"
)

type Product struct {
	SKU      string
	Stock    int
	Reorder  int
	Lot      int
	LeadTime int
}

type Order struct {
	SKU    string
	Qty    int
	Arrive int
}

type Warehouse struct {
	products map[string]*Product
	pending  []Order
	lost     map[string]int
	sold     map[string]int
}

func (w *Warehouse) receive(day int) {
	keep := w.pending[:0]
	for _, o := range w.pending {
		if o.Arrive == day {
			w.products[o.SKU].Stock += o.Qty
			fmt.Printf("  day %2d: received %d x %s\n", day, o.Qty, o.SKU)
		} else {
			keep = append(keep, o)
		}
	}
	w.pending = keep
}

func (w *Warehouse) onOrder(sku string) bool {
	for _, o := range w.pending {
		if o.SKU == sku {
			return true
		}
	}
	return false
}

func (w *Warehouse) sell(sku string, qty int) {
	p := w.products[sku]
	if p.Stock >= qty {
		p.Stock -= qty
		w.sold[sku] += qty
	} else {
		w.sold[sku] += p.Stock
		w.lost[sku] += qty - p.Stock
		p.Stock = 0
	}
}

func (w *Warehouse) replenish(day int) {
	skus := make([]string, 0, len(w.products))
	for s := range w.products {
		skus = append(skus, s)
	}
	sort.Strings(skus)
	for _, s := range skus {
		p := w.products[s]
		if p.Stock <= p.Reorder && !w.onOrder(s) {
			w.pending = append(w.pending, Order{s, p.Lot, day + p.LeadTime})
			fmt.Printf("  day %2d: ordered %d x %s (stock %d)\n", day, p.Lot, s, p.Stock)
		}
	}
}

func main() {
	rng := rand.New(rand.NewSource(7))
	w := &Warehouse{
		products: map[string]*Product{
			"bolt":   {"bolt", 40, 15, 50, 3},
			"nut":    {"nut", 30, 10, 40, 2},
			"washer": {"washer", 10, 5, 20, 4},
		},
		lost: map[string]int{},
		sold: map[string]int{},
	}
	order := []string{"bolt", "nut", "washer"}
	for day := 1; day <= 20; day++ {
		w.receive(day)
		for _, s := range order {
			w.sell(s, rng.Intn(9))
		}
		w.replenish(day)
		if day%5 == 0 {
			fmt.Printf("day %d:", day)
			for _, s := range order {
				fmt.Printf(" %s=%d", s, w.products[s].Stock)
			}
			fmt.Println()
		}
	}
	for _, s := range order {
		fmt.Printf("%-7s sold %3d lost %3d\n", s, w.sold[s], w.lost[s])
	}
	fmt.Println("pending orders:", w.pending)
}
