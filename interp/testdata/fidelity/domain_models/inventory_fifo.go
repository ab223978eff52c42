package main

import (
	"errors"
	"fmt"
	"strings"
)

type Lot struct {
	Qty  int
	Cost float64
	Day  int
}

type Item struct {
	SKU  string
	lots []Lot
}

type Movement struct {
	Day  int
	Kind string
	Qty  int
	COGS float64
}

type Ledger struct {
	items map[string]*Item
	moves map[string][]Movement
}

var ErrInsufficient = errors.New("insufficient stock")

func (l *Ledger) item(sku string) *Item {
	if l.items == nil {
		l.items = map[string]*Item{}
		l.moves = map[string][]Movement{}
	}
	it, ok := l.items[sku]
	if !ok {
		it = &Item{SKU: sku}
		l.items[sku] = it
	}
	return it
}

func (l *Ledger) Receive(day int, sku string, qty int, cost float64) {
	it := l.item(sku)
	it.lots = append(it.lots, Lot{qty, cost, day})
	l.moves[sku] = append(l.moves[sku], Movement{day, "in", qty, 0})
}

func (it *Item) OnHand() (n int) {
	for _, lot := range it.lots {
		n += lot.Qty
	}
	return
}

func (l *Ledger) Ship(day int, sku string, qty int) (float64, error) {
	it := l.item(sku)
	if have := it.OnHand(); have < qty {
		return 0, fmt.Errorf("ship %d %s on day %d: %w (have %d)", qty, sku, day, ErrInsufficient, have)
	}
	cogs := 0.0
	for qty > 0 {
		lot := &it.lots[0]
		take := min(qty, lot.Qty)
		cogs += float64(take) * lot.Cost
		lot.Qty -= take
		qty -= take
		if lot.Qty == 0 {
			it.lots = it.lots[1:]
		}
		l.moves[sku] = append(l.moves[sku], Movement{day, "out", take, float64(take) * lot.Cost})
	}
	return cogs, nil
}

func (it *Item) Value() float64 {
	v := 0.0
	for _, lot := range it.lots {
		v += float64(lot.Qty) * lot.Cost
	}
	return v
}

func main() {
	var l Ledger
	l.Receive(1, "bolt", 100, 0.10)
	l.Receive(3, "bolt", 50, 0.12)
	l.Receive(2, "nut", 200, 0.05)
	ops := []struct {
		day int
		sku string
		qty int
	}{{4, "bolt", 80}, {5, "nut", 50}, {6, "bolt", 60}, {7, "bolt", 20}, {8, "nut", 150}, {9, "nut", 1}}
	total := 0.0
	for _, op := range ops {
		cogs, err := l.Ship(op.day, op.sku, op.qty)
		if errors.Is(err, ErrInsufficient) {
			fmt.Println("ERROR", err)
			continue
		}
		total += cogs
		fmt.Printf("day %d ship %3d %-4s cogs %6.2f\n", op.day, op.qty, op.sku, cogs)
	}
	fmt.Printf("total cogs %.2f\n", total)
	for _, sku := range []string{"bolt", "nut"} {
		it := l.items[sku]
		fmt.Printf("%s on hand %d value %.2f lots %+v\n", sku, it.OnHand(), it.Value(), it.lots)
		var parts []string
		for _, m := range l.moves[sku] {
			parts = append(parts, fmt.Sprintf("%d:%s%d", m.Day, m.Kind, m.Qty))
		}
		fmt.Println("  ", strings.Join(parts, " "))
	}
}
