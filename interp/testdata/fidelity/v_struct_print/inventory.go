package main

import (
	"errors"
	"fmt"
	"sort"
)

type SKU string

type Item struct {
	SKU   SKU
	Name  string
	Qty   int
	Price float64
}

type Warehouse struct {
	name  string
	items map[SKU]*Item
	moves []move
}

type move struct {
	sku   SKU
	delta int
}

var ErrNotFound = errors.New("not found")
var ErrStock = errors.New("insufficient stock")

type StockError struct {
	SKU        SKU
	Have, Want int
}

func (e *StockError) Error() string {
	return fmt.Sprintf("%s: have %d, want %d", e.SKU, e.Have, e.Want)
}

func (e *StockError) Unwrap() error { return ErrStock }

func (w *Warehouse) Remove(sku SKU, n int) error {
	it, ok := w.items[sku]
	if !ok {
		return fmt.Errorf("remove %s: %w", sku, ErrNotFound)
	}
	if it.Qty < n {
		return &StockError{sku, it.Qty, n}
	}
	it.Qty -= n
	w.moves = append(w.moves, move{sku, -n})
	return nil
}

func (w *Warehouse) Value() float64 {
	var v float64
	for _, it := range w.items {
		v += float64(it.Qty) * it.Price
	}
	return v
}

func main() {
	w := &Warehouse{name: "main", items: map[SKU]*Item{
		"A": {"A", "apple", 10, 0.5},
		"B": {"B", "bread", 2, 2.25},
	}}
	for _, req := range []struct {
		sku SKU
		n   int
	}{{"A", 3}, {"B", 5}, {"C", 1}, {"A", 7}} {
		err := w.Remove(req.sku, req.n)
		var se *StockError
		switch {
		case err == nil:
			fmt.Println("ok", req)
		case errors.As(err, &se):
			fmt.Println("stock:", se, se.Have, errors.Is(err, ErrStock))
		case errors.Is(err, ErrNotFound):
			fmt.Println("missing:", err)
		}
	}
	fmt.Printf("%.2f %v %+v\n", w.Value(), w.moves, w.moves[0])
	skus := make([]SKU, 0, len(w.items))
	for s := range w.items {
		skus = append(skus, s)
	}
	sort.Slice(skus, func(i, j int) bool { return skus[i] < skus[j] })
	for _, s := range skus {
		fmt.Printf("%v %+v\n", s, *w.items[s])
	}
	fmt.Println(*w.items["B"], len(w.name))
}
