package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Cents keeps money as an integer number of cents.
type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

func (c Cents) Dollars() float64 { return float64(c) / 100 }

type LineItem struct {
	SKU   string
	Name  string
	Price Cents
	Qty   int
}

func (l LineItem) Total() Cents { return l.Price * Cents(l.Qty) }

type Cart struct {
	items   map[string]*LineItem
	coupons []string
}

var ErrUnknownCoupon = errors.New("unknown coupon")

func (c *Cart) Add(sku, name string, price Cents, qty int) {
	if c.items == nil {
		c.items = map[string]*LineItem{}
	}
	if it, ok := c.items[sku]; ok {
		it.Qty += qty
		return
	}
	c.items[sku] = &LineItem{sku, name, price, qty}
}

func (c *Cart) Apply(code string) error {
	switch code {
	case "SAVE10", "FREESHIP":
		c.coupons = append(c.coupons, code)
		return nil
	}
	return fmt.Errorf("coupon %q: %w", code, ErrUnknownCoupon)
}

func (c *Cart) Receipt() string {
	var b strings.Builder
	skus := make([]string, 0, len(c.items))
	for s := range c.items {
		skus = append(skus, s)
	}
	sort.Strings(skus)
	var subtotal Cents
	for _, s := range skus {
		it := c.items[s]
		fmt.Fprintf(&b, "%-14s %3d x %8.2f %9.2f\n", it.Name, it.Qty, it.Price.Dollars(), it.Total().Dollars())
		subtotal += it.Total()
	}
	shipping := Cents(599)
	discount := Cents(0)
	for _, cp := range c.coupons {
		switch cp {
		case "SAVE10":
			discount += subtotal / 10
		case "FREESHIP":
			shipping = 0
		}
	}
	tax := (subtotal - discount) * 8 / 100
	total := subtotal - discount + shipping + tax
	fmt.Fprintf(&b, "%-28s %9.2f\n", "subtotal", subtotal.Dollars())
	fmt.Fprintf(&b, "%-28s %9.2f\n", "discount", -discount.Dollars())
	fmt.Fprintf(&b, "%-28s %9.2f\n", "shipping", shipping.Dollars())
	fmt.Fprintf(&b, "%-28s %9.2f\n", "tax 8%", tax.Dollars())
	fmt.Fprintf(&b, "%-28s %9v", "TOTAL", total)
	return b.String()
}

func main() {
	var cart Cart
	cart.Add("A1", "Coffee beans", 1499, 2)
	cart.Add("B7", "Mug", 850, 1)
	cart.Add("C3", "Filter papers", 325, 3)
	cart.Add("A1", "Coffee beans", 1499, 1)
	fmt.Println(cart.Receipt())
	fmt.Println()
	if err := cart.Apply("HALFOFF"); err != nil {
		fmt.Println("error:", err, errors.Is(err, ErrUnknownCoupon))
	}
	cart.Apply("SAVE10")
	cart.Apply("FREESHIP")
	fmt.Println(cart.Receipt())
	fmt.Println(Cents(-1234), Cents(5), Cents(100000))
	fmt.Printf("%v %d %8.2f|\n", Cents(4200), Cents(4200), Cents(4200).Dollars())
}
