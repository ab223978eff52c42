package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Bin struct {
	Aisle byte
	Shelf int
}

func (b Bin) String() string { return fmt.Sprintf("%c-%02d", b.Aisle, b.Shelf) }

type Stock struct {
	SKU string
	Bin Bin
	Qty int
}

type Inventory struct {
	bySKU map[string][]Stock
}

type ShortError struct {
	SKU        string
	Want, Have int
}

func (e ShortError) Error() string {
	return fmt.Sprintf("short %s: want %d have %d", e.SKU, e.Want, e.Have)
}

func NewInventory(rows []Stock) *Inventory {
	inv := &Inventory{bySKU: make(map[string][]Stock)}
	for _, r := range rows {
		inv.bySKU[r.SKU] = append(inv.bySKU[r.SKU], r)
	}
	for sku := range inv.bySKU {
		slices.SortFunc(inv.bySKU[sku], func(a, b Stock) int {
			if c := cmp.Compare(a.Bin.Aisle, b.Bin.Aisle); c != 0 {
				return c
			}
			return cmp.Compare(a.Bin.Shelf, b.Bin.Shelf)
		})
	}
	return inv
}

type Pick struct {
	SKU string
	Bin Bin
	Qty int
}

func (inv *Inventory) Have(sku string) int {
	n := 0
	for _, s := range inv.bySKU[sku] {
		n += s.Qty
	}
	return n
}

// Reserve takes stock from bins in order, all or nothing.
func (inv *Inventory) Reserve(sku string, qty int) (picks []Pick, err error) {
	if have := inv.Have(sku); have < qty {
		return nil, ShortError{sku, qty, have}
	}
	rows := inv.bySKU[sku]
	for i := range rows {
		if qty == 0 {
			break
		}
		take := min(rows[i].Qty, qty)
		if take == 0 {
			continue
		}
		rows[i].Qty -= take
		qty -= take
		picks = append(picks, Pick{sku, rows[i].Bin, take})
	}
	return picks, nil
}

type Request map[string]int

func (inv *Inventory) Fulfil(name string, req Request) ([]Pick, error) {
	skus := make([]string, 0, len(req))
	for k := range req {
		skus = append(skus, k)
	}
	slices.Sort(skus)
	var all []Pick
	var errs []error
	for _, sku := range skus {
		p, err := inv.Reserve(sku, req[sku])
		if err != nil {
			errs = append(errs, err)
			continue
		}
		all = append(all, p...)
	}
	if len(errs) > 0 {
		return all, fmt.Errorf("order %s: %w", name, errors.Join(errs...))
	}
	return all, nil
}

func route(picks []Pick) []Pick {
	out := slices.Clone(picks)
	slices.SortStableFunc(out, func(a, b Pick) int {
		if a.Bin.Aisle != b.Bin.Aisle {
			return int(a.Bin.Aisle) - int(b.Bin.Aisle)
		}
		if a.Bin.Aisle%2 == 0 {
			return b.Bin.Shelf - a.Bin.Shelf
		}
		return a.Bin.Shelf - b.Bin.Shelf
	})
	return out
}

func main() {
	inv := NewInventory([]Stock{
		{"bolt", Bin{'B', 4}, 10}, {"bolt", Bin{'A', 7}, 3}, {"nut", Bin{'A', 2}, 50},
		{"washer", Bin{'C', 1}, 5}, {"bolt", Bin{'B', 1}, 2}, {"nut", Bin{'D', 9}, 4},
		{"gear", Bin{'B', 8}, 1},
	})
	orders := []struct {
		name string
		req  Request
	}{
		{"o-1", Request{"bolt": 4, "nut": 10}},
		{"o-2", Request{"gear": 2, "washer": 5, "bolt": 1}},
		{"o-3", Request{"bolt": 11, "nut": 45}},
	}
	for _, o := range orders {
		picks, err := inv.Fulfil(o.name, o.req)
		fmt.Printf("== %s picks=%d\n", o.name, len(picks))
		for _, p := range route(picks) {
			fmt.Printf("  %-7s %v x%d\n", p.SKU, p.Bin, p.Qty)
		}
		if err != nil {
			fmt.Println("  error:", strings.ReplaceAll(err.Error(), "\n", " / "))
			var se ShortError
			if errors.As(err, &se) {
				fmt.Printf("  first short: %+v\n", se)
			}
		}
	}
	keys := slices.Sorted(func(yield func(string) bool) {
		for k := range inv.bySKU {
			if !yield(k) {
				return
			}
		}
	})
	for _, k := range keys {
		fmt.Printf("%-7s|%3d|%v\n", k, inv.Have(k), inv.bySKU[k])
	}
}
