package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type SKU string

type Item struct {
	SKU      SKU
	Name     string
	OnHand   int
	Reorder  int
	LeadDays int
	Price    float64
}

type OutOfStockError struct {
	SKU       SKU
	Requested int
	Available int
}

func (e OutOfStockError) Error() string {
	return fmt.Sprintf("sku %s: requested %d, only %d available", e.SKU, e.Requested, e.Available)
}

var ErrUnknownSKU = errors.New("unknown sku")

type Warehouse struct {
	items    map[SKU]*Item
	incoming map[int][]Order
	revenue  float64
}

type Order struct {
	SKU SKU
	Qty int
}

func (w *Warehouse) Sell(sku SKU, qty int) error {
	it, ok := w.items[sku]
	if !ok {
		return fmt.Errorf("sell %q: %w", sku, ErrUnknownSKU)
	}
	if it.OnHand < qty {
		return OutOfStockError{sku, qty, it.OnHand}
	}
	it.OnHand -= qty
	w.revenue += float64(qty) * it.Price
	return nil
}

func (w *Warehouse) Restock(day int) []string {
	var notes []string
	for _, o := range w.incoming[day] {
		w.items[o.SKU].OnHand += o.Qty
		notes = append(notes, fmt.Sprintf("received %d x %s", o.Qty, o.SKU))
	}
	delete(w.incoming, day)
	skus := make([]string, 0, len(w.items))
	for s := range w.items {
		skus = append(skus, string(s))
	}
	sort.Strings(skus)
	for _, s := range skus {
		it := w.items[SKU(s)]
		if it.OnHand <= it.Reorder && !w.onOrder(it.SKU) {
			qty := it.Reorder*3 - it.OnHand
			arrive := day + it.LeadDays
			w.incoming[arrive] = append(w.incoming[arrive], Order{it.SKU, qty})
			notes = append(notes, fmt.Sprintf("ordered %d x %s for day %d", qty, it.SKU, arrive))
		}
	}
	return notes
}

func (w *Warehouse) onOrder(s SKU) bool {
	for _, orders := range w.incoming {
		for _, o := range orders {
			if o.SKU == s {
				return true
			}
		}
	}
	return false
}

func main() {
	w := &Warehouse{items: map[SKU]*Item{
		"A1": {"A1", "widget", 20, 5, 2, 2.50},
		"B2": {"B2", "gadget", 8, 4, 3, 10},
		"C3": {"C3", "doohickey", 3, 2, 1, 99.99},
	}, incoming: map[int][]Order{}}
	demand := [][]Order{
		{{"A1", 6}, {"B2", 2}},
		{{"A1", 7}, {"C3", 2}, {"Z9", 1}},
		{{"A1", 5}, {"B2", 5}},
		{{"C3", 4}, {"B2", 3}},
		{{"A1", 10}, {"C3", 1}},
		{{"B2", 4}},
	}
	stockouts := 0
	for day, orders := range demand {
		fmt.Printf("day %d\n", day)
		for _, o := range orders {
			err := w.Sell(o.SKU, o.Qty)
			var oos OutOfStockError
			switch {
			case errors.As(err, &oos):
				stockouts++
				fmt.Printf("  stockout: %v (short %d)\n", err, oos.Requested-oos.Available)
			case errors.Is(err, ErrUnknownSKU):
				fmt.Println("  rejected:", err)
			case err == nil:
				fmt.Printf("  sold %d x %s\n", o.Qty, o.SKU)
			}
		}
		if notes := w.Restock(day); len(notes) > 0 {
			fmt.Println("  " + strings.Join(notes, "\n  "))
		}
	}
	fmt.Printf("revenue $%.2f, stockouts %d\n", w.revenue, stockouts)
	for _, s := range []SKU{"A1", "B2", "C3"} {
		fmt.Printf("%+v\n", *w.items[s])
	}
}
