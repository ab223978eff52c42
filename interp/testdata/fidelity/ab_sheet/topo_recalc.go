package main

import (
	"fmt"
	"slices"
	"strings"
)

type Cell struct {
	Name    string
	Deps    []string
	Compute func(vals map[string]int) int
	Value   int
	Dirty   bool
}

type Graph struct {
	cells  map[string]*Cell
	rdeps  map[string][]string
	recalc []string
}

func NewGraph() *Graph { return &Graph{cells: map[string]*Cell{}, rdeps: map[string][]string{}} }

func (g *Graph) Input(name string, v int) {
	g.cells[name] = &Cell{Name: name, Value: v}
}

func (g *Graph) Formula(name string, deps []string, f func(map[string]int) int) {
	g.cells[name] = &Cell{Name: name, Deps: deps, Compute: f, Dirty: true}
	for _, d := range deps {
		g.rdeps[d] = append(g.rdeps[d], name)
	}
}

// order returns cells in dependency order (Kahn's algorithm, ties by name).
func (g *Graph) order() ([]string, error) {
	indeg := map[string]int{}
	for n, c := range g.cells {
		if _, ok := indeg[n]; !ok {
			indeg[n] = 0
		}
		for range c.Deps {
			indeg[n]++
		}
	}
	var ready []string
	for n, d := range indeg {
		if d == 0 {
			ready = append(ready, n)
		}
	}
	var out []string
	for len(ready) > 0 {
		slices.Sort(ready)
		n := ready[0]
		ready = ready[1:]
		out = append(out, n)
		for _, m := range g.rdeps[n] {
			indeg[m]--
			if indeg[m] == 0 {
				ready = append(ready, m)
			}
		}
	}
	if len(out) != len(g.cells) {
		var stuck []string
		for n, d := range indeg {
			if d > 0 {
				stuck = append(stuck, n)
			}
		}
		slices.Sort(stuck)
		return out, fmt.Errorf("cycle among %s", strings.Join(stuck, ","))
	}
	return out, nil
}

func (g *Graph) Set(name string, v int) {
	c := g.cells[name]
	c.Value = v
	var mark func(string)
	mark = func(n string) {
		for _, m := range g.rdeps[n] {
			if !g.cells[m].Dirty {
				g.cells[m].Dirty = true
				mark(m)
			}
		}
	}
	mark(name)
}

func (g *Graph) Recalc() error {
	ord, err := g.order()
	if err != nil {
		return err
	}
	g.recalc = g.recalc[:0]
	vals := make(map[string]int, len(g.cells))
	for _, n := range ord {
		c := g.cells[n]
		if c.Compute != nil && c.Dirty {
			c.Value = c.Compute(vals)
			c.Dirty = false
			g.recalc = append(g.recalc, n)
		}
		vals[n] = c.Value
	}
	return nil
}

func (g *Graph) Dump() string {
	names := make([]string, 0, len(g.cells))
	for n := range g.cells {
		names = append(names, n)
	}
	slices.Sort(names)
	var b strings.Builder
	for i, n := range names {
		if i > 0 {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "%s=%d", n, g.cells[n].Value)
	}
	return b.String()
}

func sumOf(names ...string) func(map[string]int) int {
	return func(v map[string]int) int {
		t := 0
		for _, n := range names {
			t += v[n]
		}
		return t
	}
}

func main() {
	g := NewGraph()
	g.Input("price", 120)
	g.Input("qty", 3)
	g.Input("rate", 8)
	g.Formula("gross", []string{"price", "qty"}, func(v map[string]int) int { return v["price"] * v["qty"] })
	g.Formula("tax", []string{"gross", "rate"}, func(v map[string]int) int { return v["gross"] * v["rate"] / 100 })
	g.Formula("total", []string{"gross", "tax"}, sumOf("gross", "tax"))
	g.Formula("avg", []string{"total", "qty"}, func(v map[string]int) int { return v["total"] / v["qty"] })
	if err := g.Recalc(); err != nil {
		fmt.Println("err:", err)
	}
	fmt.Println(g.Dump(), "recalc:", g.recalc)
	g.Set("rate", 10)
	_ = g.Recalc()
	fmt.Println(g.Dump(), "recalc:", g.recalc)
	g.Set("qty", 4)
	_ = g.Recalc()
	fmt.Println(g.Dump(), "recalc:", g.recalc)
	g.Set("price", 99)
	g.Set("rate", 0)
	_ = g.Recalc()
	fmt.Println(g.Dump(), "recalc:", g.recalc)
	ord, _ := g.order()
	fmt.Println("order:", ord)
	g.Formula("x", []string{"y"}, sumOf("y"))
	g.Formula("y", []string{"x", "total"}, sumOf("x", "total"))
	if err := g.Recalc(); err != nil {
		fmt.Println("err:", err)
	}
	c := *g.cells["tax"]
	c.Compute = nil
	fmt.Printf("%+v\n", c)
}
