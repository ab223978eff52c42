package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Location struct {
	Aisle, Shelf int
}

func (l Location) String() string { return fmt.Sprintf("A%02d-S%d", l.Aisle, l.Shelf) }

type StockItem struct {
	SKU string
	Loc Location
	Qty int
}

type OrderLine struct {
	SKU string
	Qty int
}

type ShortageError struct {
	SKU        string
	Want, Have int
}

func (e *ShortageError) Error() string {
	return fmt.Sprintf("short %s: want %d, have %d", e.SKU, e.Want, e.Have)
}

type Warehouse struct {
	stock map[string][]*StockItem
}

func (w *Warehouse) Add(sku string, loc Location, qty int) {
	if w.stock == nil {
		w.stock = map[string][]*StockItem{}
	}
	w.stock[sku] = append(w.stock[sku], &StockItem{sku, loc, qty})
}

func (w *Warehouse) available(sku string) int {
	n := 0
	for _, it := range w.stock[sku] {
		n += it.Qty
	}
	return n
}

type Pick struct {
	Loc Location
	SKU string
	Qty int
}

func (w *Warehouse) Plan(lines []OrderLine) ([]Pick, error) {
	var errs []error
	for _, l := range lines {
		if have := w.available(l.SKU); have < l.Qty {
			errs = append(errs, &ShortageError{l.SKU, l.Qty, have})
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	var picks []Pick
	for _, l := range lines {
		need := l.Qty
		items := w.stock[l.SKU]
		sort.Slice(items, func(i, j int) bool { return items[i].Qty > items[j].Qty })
		for _, it := range items {
			if need == 0 {
				break
			}
			take := min(need, it.Qty)
			if take == 0 {
				continue
			}
			it.Qty -= take
			need -= take
			picks = append(picks, Pick{it.Loc, l.SKU, take})
		}
	}
	sort.Slice(picks, func(i, j int) bool {
		a, b := picks[i].Loc, picks[j].Loc
		if a.Aisle != b.Aisle {
			return a.Aisle < b.Aisle
		}
		if a.Aisle%2 == 0 {
			return a.Shelf < b.Shelf
		}
		return a.Shelf > b.Shelf
	})
	return picks, nil
}

func main() {
	w := &Warehouse{}
	w.Add("widget", Location{3, 2}, 10)
	w.Add("widget", Location{1, 4}, 4)
	w.Add("gadget", Location{2, 1}, 7)
	w.Add("gizmo", Location{1, 1}, 3)
	w.Add("gizmo", Location{4, 5}, 12)
	w.Add("doohickey", Location{2, 6}, 1)

	orders := [][]OrderLine{
		{{"widget", 12}, {"gizmo", 5}},
		{{"gadget", 8}, {"doohickey", 2}, {"widget", 1}},
		{{"gadget", 7}, {"gizmo", 10}, {"doohickey", 1}},
		{{"widget", 3}},
	}
	for i, o := range orders {
		picks, err := w.Plan(o)
		if err != nil {
			fmt.Printf("order %d rejected:\n  %s\n", i+1, strings.ReplaceAll(err.Error(), "\n", "\n  "))
			var se *ShortageError
			if errors.As(err, &se) {
				fmt.Println("  first shortage:", se.SKU, se.Want-se.Have)
			}
			continue
		}
		fmt.Printf("order %d route:", i+1)
		for _, p := range picks {
			fmt.Printf(" %v:%s×%d", p.Loc, p.SKU, p.Qty)
		}
		fmt.Println()
	}
	skus := make([]string, 0, len(w.stock))
	for s := range w.stock {
		skus = append(skus, s)
	}
	sort.Strings(skus)
	for _, s := range skus {
		fmt.Printf("%-10s %d\n", s, w.available(s))
	}
}
