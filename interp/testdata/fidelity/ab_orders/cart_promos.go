package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type Item struct {
	SKU      string
	Category string
	Unit     Cents
	Qty      int
}

type Cart struct {
	Items []Item
	Code  string
}

type Promo interface {
	Name() string
	Discount(c *Cart) Cents
}

type PercentOff struct {
	Category string
	Percent  float64
}

func (p PercentOff) Name() string { return fmt.Sprintf("%g%% off %s", p.Percent, p.Category) }
func (p PercentOff) Discount(c *Cart) Cents {
	var d float64
	for _, it := range c.Items {
		if it.Category == p.Category {
			d += float64(it.Unit) * float64(it.Qty) * p.Percent / 100
		}
	}
	return Cents(math.Round(d))
}

type BuyNGetOne struct {
	SKU string
	N   int
}

func (b *BuyNGetOne) Name() string { return fmt.Sprintf("buy %d %s get 1", b.N, b.SKU) }
func (b *BuyNGetOne) Discount(c *Cart) Cents {
	for _, it := range c.Items {
		if it.SKU == b.SKU {
			free := it.Qty / (b.N + 1)
			return Cents(free) * it.Unit
		}
	}
	return 0
}

type CodePromo struct {
	Code  string
	Off   Cents
	Floor Cents
}

func (p CodePromo) Name() string { return "code " + p.Code }
func (p CodePromo) Discount(c *Cart) Cents {
	if !strings.EqualFold(c.Code, p.Code) || subtotal(c) < p.Floor {
		return 0
	}
	return p.Off
}

func subtotal(c *Cart) Cents {
	var s Cents
	for _, it := range c.Items {
		s += it.Unit * Cents(it.Qty)
	}
	return s
}

type applied struct {
	promo  Promo
	amount Cents
}

func best(c *Cart, promos []Promo, limit int) []applied {
	var all []applied
	for _, p := range promos {
		if d := p.Discount(c); d > 0 {
			all = append(all, applied{p, d})
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].amount > all[j].amount })
	if len(all) > limit {
		all = all[:limit]
	}
	return all
}

func receipt(c *Cart, promos []Promo) {
	var b strings.Builder
	for _, it := range c.Items {
		fmt.Fprintf(&b, "%-8s %2d x %8v = %9v\n", it.SKU, it.Qty, it.Unit, it.Unit*Cents(it.Qty))
	}
	sub := subtotal(c)
	fmt.Fprintf(&b, "%-8s %23v\n", "subtotal", sub)
	total := sub
	for _, a := range best(c, promos, 2) {
		fmt.Fprintf(&b, "  %-22s %9v\n", a.promo.Name(), -a.amount)
		total -= a.amount
	}
	tax := Cents(math.Round(float64(total) * 0.0825))
	fmt.Fprintf(&b, "%-8s %23v\n%-8s %23v\n", "tax", tax, "total", total+tax)
	fmt.Print(b.String())
}

func main() {
	promos := []Promo{
		PercentOff{"garden", 15},
		&BuyNGetOne{"seed", 3},
		CodePromo{"SPRING", 500, 3000},
		PercentOff{"tools", 10},
	}
	carts := []*Cart{
		{Items: []Item{{"seed", "garden", 199, 8}, {"rake", "tools", 2499, 1}}, Code: "spring"},
		{Items: []Item{{"hose", "garden", 1850, 1}}, Code: "SPRING"},
		{Items: []Item{{"drill", "tools", 8999, 1}, {"bits", "tools", 1299, 2}, {"seed", "garden", 199, 3}}},
	}
	for i, c := range carts {
		fmt.Printf("--- cart %d (%d items)\n", i+1, len(c.Items))
		receipt(c, promos)
	}
	for _, p := range promos {
		fmt.Printf("%T %v\n", p, p.Name())
	}
	fmt.Printf("%v %v %d\n", Cents(-1234), Cents(5), Cents(99))
	fmt.Printf("%#v\n", carts[1].Items)
}
