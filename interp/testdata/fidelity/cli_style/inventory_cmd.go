package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

var (
	stdout       = os.Stdout
	errNoSuchSKU = errors.New("no such SKU")
	errBadQty    = errors.New("quantity must be positive")
)

func printItems(items []any) {
	w := tabwriter.NewWriter(stdout, 0, 4, 1, ' ', tabwriter.AlignRight)
	for _, it := range items {
		fmt.Fprintf(w, "%v\t\n", it)
	}
	w.Flush()
}

func describe(x any) string {
	switch v := x.(type) {
	case fmt.Stringer:
		return "item " + v.String()
	case error:
		return "error " + v.Error()
	case nil:
		return "nothing"
	default:
		return fmt.Sprintf("%T %v", v, v)
	}
}

type Item struct {
	SKU   string
	Name  string
	Qty   int
	Price float64
}

func (i *Item) String() string {
	return fmt.Sprintf("%s %-10s x%-3d @ %6.2f", i.SKU, i.Name, i.Qty, i.Price)
}

type StockError struct {
	SKU       string
	Have, Got int
}

func (e StockError) Error() string {
	return fmt.Sprintf("%s: only %d in stock, %d requested", e.SKU, e.Have, e.Got)
}

type Inventory struct {
	items map[string]*Item
	log   []string
}

func (inv *Inventory) Add(sku, name string, qty int, price float64) error {
	if qty <= 0 {
		return fmt.Errorf("add %s: %w", sku, errBadQty)
	}
	if it, ok := inv.items[sku]; ok {
		it.Qty += qty
	} else {
		inv.items[sku] = &Item{sku, name, qty, price}
	}
	inv.log = append(inv.log, "add "+sku+" "+strconv.Itoa(qty))
	return nil
}

func (inv *Inventory) Take(sku string, qty int) error {
	it, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("take %s: %w", sku, errNoSuchSKU)
	}
	if it.Qty < qty {
		return StockError{sku, it.Qty, qty}
	}
	it.Qty -= qty
	inv.log = append(inv.log, fmt.Sprintf("take %s %d", sku, qty))
	return nil
}

func (inv *Inventory) Sorted() []any {
	keys := make([]string, 0, len(inv.items))
	for k := range inv.items {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]any, len(keys))
	for i, k := range keys {
		out[i] = inv.items[k]
	}
	return out
}

func main() {
	inv := &Inventory{items: map[string]*Item{}}
	cmds := []string{"add A1 bolt 100 0.10", "add B2 nut 250 0.05", "add C3 washer 0 0.01",
		"take A1 30", "take B2 300", "take Z9 1", "add A1 bolt 5 0.10", "list"}
	for _, c := range cmds {
		f := strings.Fields(c)
		var err error
		switch f[0] {
		case "add":
			q, _ := strconv.Atoi(f[3])
			p, _ := strconv.ParseFloat(f[4], 64)
			err = inv.Add(f[1], f[2], q, p)
		case "take":
			q, _ := strconv.Atoi(f[2])
			err = inv.Take(f[1], q)
		case "list":
			printItems(inv.Sorted())
		}
		fmt.Printf("%-22s -> %s\n", c, describe(err))
		var se StockError
		if errors.As(err, &se) {
			fmt.Printf("   short by %d\n", se.Got-se.Have)
		}
		if errors.Is(err, errNoSuchSKU) || errors.Is(err, errBadQty) {
			fmt.Println("   sentinel:", errors.Unwrap(err))
		}
	}
	for _, x := range inv.Sorted() {
		fmt.Println(describe(x))
	}
	fmt.Println(describe(nil), describe(42), describe(StockError{"Q", 1, 2}))
	fmt.Println(strings.Join(inv.log, "; "))
}
