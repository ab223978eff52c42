package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Money float64

func (m Money) String() string { return fmt.Sprintf("€%.2f", float64(m)) }

type Item struct {
	SKU   string
	Name  string
	Price Money
	Qty   int
}

func (i Item) Subtotal() Money { return i.Price * Money(i.Qty) }

type Discount interface {
	Apply(c *Cart) Money
	Describe() string
}

type PercentOff struct{ Pct float64 }
type BuyXGetY struct {
	SKU  string
	X, Y int
}
type Coupon struct {
	Code string
	Off  Money
	Min  Money
}

func (p PercentOff) Apply(c *Cart) Money { return Money(float64(c.Subtotal()) * p.Pct / 100) }
func (p PercentOff) Describe() string    { return fmt.Sprintf("%.0f%% off", p.Pct) }
func (b BuyXGetY) Apply(c *Cart) Money {
	it, ok := c.items[b.SKU]
	if !ok {
		return 0
	}
	free := it.Qty / (b.X + b.Y) * b.Y
	return it.Price * Money(free)
}
func (b BuyXGetY) Describe() string { return fmt.Sprintf("buy %d get %d %s", b.X, b.Y, b.SKU) }
func (c Coupon) Apply(cart *Cart) Money {
	if cart.Subtotal() < c.Min {
		return 0
	}
	return c.Off
}
func (c Coupon) Describe() string { return "coupon " + c.Code }

type Cart struct {
	items     map[string]*Item
	discounts []Discount
}

var ErrQty = errors.New("quantity must be positive")

func (c *Cart) Add(it Item) error {
	if it.Qty <= 0 {
		return fmt.Errorf("add %s: %w", it.SKU, ErrQty)
	}
	if c.items == nil {
		c.items = map[string]*Item{}
	}
	if ex, ok := c.items[it.SKU]; ok {
		ex.Qty += it.Qty
		return nil
	}
	c.items[it.SKU] = &it
	return nil
}

func (c *Cart) Subtotal() (m Money) {
	for _, it := range c.items {
		m += it.Subtotal()
	}
	return
}

func (c *Cart) Receipt() string {
	var b strings.Builder
	skus := make([]string, 0, len(c.items))
	for s := range c.items {
		skus = append(skus, s)
	}
	sort.Strings(skus)
	for _, s := range skus {
		it := c.items[s]
		fmt.Fprintf(&b, "%-10s %3d x %7v = %8v\n", it.Name, it.Qty, it.Price, it.Subtotal())
	}
	sub := c.Subtotal()
	fmt.Fprintf(&b, "%-25s %8v\n", "subtotal", sub)
	total := sub
	for _, d := range c.discounts {
		if off := d.Apply(c); off > 0 {
			fmt.Fprintf(&b, "%-25s %8v\n", d.Describe(), -off)
			total -= off
		}
	}
	fmt.Fprintf(&b, "%-25s %8v", "TOTAL", total)
	return b.String()
}

func main() {
	var cart Cart
	adds := []Item{
		{"A", "apple", 0.40, 6}, {"B", "bread", 2.15, 1}, {"C", "cheese", 7.99, 2},
		{"A", "apple", 0.40, 3}, {"D", "dates", 4.50, 0}, {"E", "eggs", 3.20, 1},
	}
	for _, it := range adds {
		if err := cart.Add(it); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrQty))
		}
	}
	cart.discounts = []Discount{BuyXGetY{"A", 2, 1}, Coupon{"SAVE5", 5, 20}, Coupon{"BIG", 10, 100}, PercentOff{10}}
	fmt.Println(cart.Receipt())
	fmt.Println(len(cart.items), cart.items["A"].Qty, cart.Subtotal())
	fmt.Printf("%v %s %.3f\n", Money(1.005), Money(2), float64(Money(2.5)))
}
