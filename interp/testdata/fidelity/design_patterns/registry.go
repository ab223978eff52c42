package main

import (
	"fmt"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Factory func(params map[string]float64) (Shape, error)

var registry = map[string]Factory{}

func Register(name string, f Factory) {
	if _, dup := registry[name]; dup {
		panic("duplicate shape " + name)
	}
	registry[name] = f
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (c Circle) Area() float64      { return 3.14159 * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * 3.14159 * c.R }

func need(p map[string]float64, keys ...string) error {
	var missing []string
	for _, k := range keys {
		if _, ok := p[k]; !ok {
			missing = append(missing, k)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("missing %s", strings.Join(missing, ", "))
	}
	return nil
}

func init() {
	Register("rect", func(p map[string]float64) (Shape, error) {
		if err := need(p, "w", "h"); err != nil {
			return nil, err
		}
		return Rect{p["w"], p["h"]}, nil
	})
	Register("circle", func(p map[string]float64) (Shape, error) {
		if err := need(p, "r"); err != nil {
			return nil, err
		}
		return &Circle{p["r"]}, nil
	})
}

func init() {
	Register("square", func(p map[string]float64) (Shape, error) {
		if err := need(p, "side"); err != nil {
			return nil, err
		}
		s := p["side"]
		return Square{Rect{s, s}}, nil
	})
}

func Create(name string, p map[string]float64) (Shape, error) {
	f, ok := registry[name]
	if !ok {
		return nil, fmt.Errorf("unknown shape %q", name)
	}
	s, err := f(p)
	if err != nil {
		return nil, fmt.Errorf("create %s: %w", name, err)
	}
	return s, nil
}

func main() {
	names := make([]string, 0, len(registry))
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println("registered:", names)

	reqs := []struct {
		kind string
		p    map[string]float64
	}{
		{"rect", map[string]float64{"w": 3, "h": 4}},
		{"circle", map[string]float64{"r": 2}},
		{"square", map[string]float64{"side": 5}},
		{"rect", map[string]float64{"w": 1}},
		{"triangle", nil},
		{"circle", map[string]float64{}},
	}
	var total float64
	for _, r := range reqs {
		s, err := Create(r.kind, r.p)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		total += s.Area()
		fmt.Printf("%-7s %-22T area=%7.3f perim=%7.3f %v\n", r.kind, s, s.Area(), s.Perimeter(), s)
	}
	fmt.Printf("total area %.4f\n", total)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		Register("rect", nil)
	}()
}
