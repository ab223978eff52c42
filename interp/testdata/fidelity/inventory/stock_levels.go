package main

import (
	"fmt"
	"sort"
)

type Item struct {
	SKU     string
	Name    string
	Qty     int
	Reorder int
}

type Inventory map[string]*Item

func (inv Inventory) Add(sku, name string, qty, reorder int) {
	inv[sku] = &Item{sku, name, qty, reorder}
}

func (inv Inventory) Remove(sku string, n int) error {
	it, ok := inv[sku]
	if !ok {
		return fmt.Errorf("no such sku %q", sku)
	}
	if it.Qty < n {
		return fmt.Errorf("sku %s: have %d, want %d", sku, it.Qty, n)
	}
	it.Qty -= n
	return nil
}

func (inv Inventory) LowStock() []*Item {
	var low []*Item
	for _, it := range inv {
		if it.Qty <= it.Reorder {
			low = append(low, it)
		}
	}
	sort.Slice(low, func(i, j int) bool { return low[i].SKU < low[j].SKU })
	return low
}

func main() {
	inv := Inventory{}
	inv.Add("A100", "bolt", 500, 100)
	inv.Add("B200", "nut", 80, 100)
	inv.Add("C300", "washer", 120, 50)

	orders := []struct {
		sku string
		n   int
	}{{"A100", 450}, {"C300", 200}, {"Z999", 1}, {"C300", 75}}
	for _, o := range orders {
		if err := inv.Remove(o.sku, o.n); err != nil {
			fmt.Println("error:", err)
		}
	}

	for _, it := range inv.LowStock() {
		fmt.Printf("reorder %s %-7s qty=%3d (min %d)\n", it.SKU, it.Name, it.Qty, it.Reorder)
	}
	fmt.Println(len(inv), "skus")
}
