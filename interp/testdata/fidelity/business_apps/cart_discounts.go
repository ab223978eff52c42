package main

import (
	"fmt"
	"sort"
	"strings"
)

type Product struct {
	ID       string
	Name     string
	Price    int // cents
	Category string
}

type CartLine struct {
	Product
	Qty int
}

type Cart struct {
	Lines   []CartLine
	Coupons []string
}

func (c *Cart) Add(p Product, qty int) {
	for i := range c.Lines {
		if c.Lines[i].ID == p.ID {
			c.Lines[i].Qty += qty
			return
		}
	}
	c.Lines = append(c.Lines, CartLine{p, qty})
}

func (c *Cart) Subtotal() (s int) {
	for _, l := range c.Lines {
		s += l.Price * l.Qty
	}
	return
}

// A Discount looks at the cart and returns a description and an amount off in cents.
type Discount interface {
	Apply(c *Cart) (string, int)
}

type PercentOff struct {
	Category string
	Percent  int
}

func (d PercentOff) Apply(c *Cart) (string, int) {
	off := 0
	for _, l := range c.Lines {
		if l.Category == d.Category {
			off += l.Price * l.Qty * d.Percent / 100
		}
	}
	return fmt.Sprintf("%d%% off %s", d.Percent, d.Category), off
}

type BuyXGetY struct {
	ProductID string
	X, Y      int
}

func (d BuyXGetY) Apply(c *Cart) (string, int) {
	for _, l := range c.Lines {
		if l.ID == d.ProductID {
			free := l.Qty / (d.X + d.Y) * d.Y
			return fmt.Sprintf("buy %d get %d free on %s", d.X, d.Y, l.Name), free * l.Price
		}
	}
	return "", 0
}

type DiscountFunc func(c *Cart) (string, int)

func (f DiscountFunc) Apply(c *Cart) (string, int) { return f(c) }

var coupons = map[string]Discount{
	"SAVE10": DiscountFunc(func(c *Cart) (string, int) {
		if c.Subtotal() >= 5000 {
			return "coupon SAVE10 ($10 off $50+)", 1000
		}
		return "", 0
	}),
	"BOOKS20": PercentOff{"books", 20},
}

func checkout(c *Cart, auto []Discount) {
	fmt.Println("Cart:")
	for _, l := range c.Lines {
		fmt.Printf("  %2d x %-18s %8s\n", l.Qty, l.Name, money(l.Price*l.Qty))
	}
	sub := c.Subtotal()
	fmt.Printf("  %-23s %8s\n", "Subtotal", money(sub))
	all := append([]Discount{}, auto...)
	var unknown []string
	for _, code := range c.Coupons {
		if d, ok := coupons[strings.ToUpper(code)]; ok {
			all = append(all, d)
		} else {
			unknown = append(unknown, code)
		}
	}
	type applied struct {
		desc string
		amt  int
	}
	var got []applied
	for _, d := range all {
		if desc, amt := d.Apply(c); amt > 0 {
			got = append(got, applied{desc, amt})
		}
	}
	sort.SliceStable(got, func(i, j int) bool { return got[i].amt > got[j].amt })
	total := sub
	for _, a := range got {
		fmt.Printf("  - %-21s %8s\n", a.desc, money(-a.amt))
		total -= a.amt
	}
	if total < 0 {
		total = 0
	}
	if len(unknown) > 0 {
		fmt.Println("  unknown coupons:", strings.Join(unknown, ", "))
	}
	fmt.Printf("  %-23s %8s\n\n", "Total", money(total))
}

func money(c int) string {
	neg := c < 0
	if neg {
		c = -c
	}
	s := fmt.Sprintf("$%d.%02d", c/100, c%100)
	if neg {
		s = "-" + s
	}
	return s
}

func main() {
	catalog := []Product{
		{"p1", "Go Programming", 3999, "books"},
		{"p2", "USB-C cable", 899, "electronics"},
		{"p3", "Coffee beans 1kg", 2450, "grocery"},
		{"p4", "Notebook", 350, "stationery"},
	}
	auto := []Discount{BuyXGetY{"p4", 2, 1}, PercentOff{"electronics", 5}}

	c1 := &Cart{}
	c1.Add(catalog[0], 1)
	c1.Add(catalog[3], 7)
	c1.Add(catalog[1], 2)
	c1.Add(catalog[3], 2)
	c1.Coupons = []string{"books20", "save10", "FREESHIP"}
	checkout(c1, auto)

	c2 := &Cart{}
	c2.Add(catalog[2], 1)
	c2.Coupons = []string{"SAVE10"}
	checkout(c2, auto)
}
