package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
)

type Pricing interface {
	Quote(base float64, qty int) (float64, error)
	Name() string
}

type PricingFunc func(base float64, qty int) (float64, error)

func (f PricingFunc) Quote(base float64, qty int) (float64, error) { return f(base, qty) }
func (f PricingFunc) Name() string                                 { return "func" }

type named struct {
	Pricing
	name string
}

func (n named) Name() string { return n.name }

func Named(name string, p Pricing) Pricing { return named{p, name} }

var ErrQty = errors.New("quantity out of range")

func flat() Pricing {
	return PricingFunc(func(b float64, q int) (float64, error) { return b * float64(q), nil })
}

func tiered(tiers map[int]float64) Pricing {
	keys := make([]int, 0, len(tiers))
	for k := range tiers {
		keys = append(keys, k)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(keys)))
	return PricingFunc(func(b float64, q int) (float64, error) {
		for _, k := range keys {
			if q >= k {
				return b * float64(q) * (1 - tiers[k]), nil
			}
		}
		return b * float64(q), nil
	})
}

func limited(p Pricing, max int) Pricing {
	return Named(p.Name()+"≤"+fmt.Sprint(max), PricingFunc(func(b float64, q int) (float64, error) {
		if q <= 0 || q > max {
			return 0, fmt.Errorf("%s: %d: %w", p.Name(), q, ErrQty)
		}
		return p.Quote(b, q)
	}))
}

func memo(p Pricing) (Pricing, func() int) {
	cache := map[[2]float64]float64{}
	hits := 0
	return Named("memo("+p.Name()+")", PricingFunc(func(b float64, q int) (float64, error) {
		k := [2]float64{b, float64(q)}
		if v, ok := cache[k]; ok {
			hits++
			return v, nil
		}
		v, err := p.Quote(b, q)
		if err == nil {
			cache[k] = v
		}
		return v, err
	})), func() int { return hits }
}

func main() {
	bulk := Named("bulk", tiered(map[int]float64{10: 0.05, 50: 0.12, 100: 0.2}))
	cached, hits := memo(limited(bulk, 500))
	strategies := []Pricing{Named("flat", flat()), bulk, limited(Named("flat", flat()), 20), cached}
	qtys := []int{1, 10, 49, 50, 100, 600, 0}
	var b strings.Builder
	fmt.Fprintf(&b, "%-16s", "qty")
	for _, q := range qtys {
		fmt.Fprintf(&b, "%9d", q)
	}
	fmt.Println(b.String())
	for _, s := range strategies {
		b.Reset()
		fmt.Fprintf(&b, "%-16s", s.Name())
		for _, q := range qtys {
			v, err := s.Quote(2.5, q)
			switch {
			case errors.Is(err, ErrQty):
				b.WriteString("      ---")
			case err != nil:
				b.WriteString("      ERR")
			default:
				fmt.Fprintf(&b, "%9.2f", math.Round(v*100)/100)
			}
		}
		fmt.Println(b.String())
	}
	for i := 0; i < 3; i++ {
		cached.Quote(2.5, 50)
	}
	_, err := cached.Quote(1, 1000)
	fmt.Println("hits:", hits(), "err:", err)
	fmt.Printf("%T %T\n", flat(), bulk)
}
