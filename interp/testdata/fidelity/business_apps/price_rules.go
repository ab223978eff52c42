package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

type Rule interface {
	Name() string
	Apply(price float64, qty int) (float64, bool)
}

type volumeRule struct {
	minQty int
	pct    float64
}

func (v volumeRule) Name() string { return "volume" + strconv.Itoa(v.minQty) }
func (v volumeRule) Apply(p float64, q int) (float64, bool) {
	if q < v.minQty {
		return p, false
	}
	return p * (1 - v.pct/100), true
}

type floorRule float64

func (f floorRule) Name() string { return "floor" }
func (f floorRule) Apply(p float64, _ int) (float64, bool) {
	if p < float64(f) {
		return float64(f), true
	}
	return p, false
}

type roundRule struct{ to float64 }

func (r *roundRule) Name() string { return fmt.Sprintf("round(%.2f)", r.to) }
func (r *roundRule) Apply(p float64, _ int) (float64, bool) {
	n := math.Ceil(p/r.to)*r.to - 0.01
	return math.Round(n*100) / 100, n != p
}

type Engine struct {
	rules []Rule
	trace func(string)
}

func (e *Engine) Price(base float64, qty int) (total float64, applied []string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("pricing %v x%d: %v", base, qty, r)
			total, applied = 0, nil
		}
	}()
	if qty <= 0 {
		panic(errors.New("quantity must be positive"))
	}
	p := base
	for _, r := range e.rules {
		var ok bool
		if p, ok = r.Apply(p, qty); ok {
			applied = append(applied, r.Name())
			if e.trace != nil {
				e.trace(fmt.Sprintf("  %s -> %.4f", r.Name(), p))
			}
		}
	}
	return p * float64(qty), applied, nil
}

func main() {
	var log []string
	e := &Engine{
		rules: []Rule{volumeRule{10, 5}, volumeRule{100, 12.5}, floorRule(3.5), &roundRule{0.5}},
		trace: func(s string) { log = append(log, s) },
	}
	cases := []struct {
		base float64
		qty  int
	}{{4.00, 1}, {4.00, 10}, {4.00, 150}, {19.99, 3}, {2.10, 200}, {5, 0}}
	for _, c := range cases {
		log = log[:0]
		total, applied, err := e.Price(c.base, c.qty)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%6.2f x %-3d = %9.2f via [%s]\n", c.base, c.qty, total, strings.Join(applied, ", "))
		for _, l := range log {
			fmt.Println(l)
		}
	}
	for _, r := range e.rules {
		switch r := r.(type) {
		case volumeRule:
			fmt.Printf("%T min=%d pct=%g\n", r, r.minQty, r.pct)
		case floorRule:
			fmt.Printf("%T %v\n", r, float64(r))
		case *roundRule:
			fmt.Printf("%T %+v\n", r, *r)
		}
	}
	var nilRule *roundRule
	var asIface Rule = nilRule
	fmt.Println(asIface != nil, nilRule == nil)
}
