package main

import (
	"fmt"
	"sort"
	"strings"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Readings []Celsius

func (r Readings) Max() Celsius {
	m := r[0]
	for _, v := range r[1:] {
		m = max(m, v)
	}
	return m
}

func (r *Readings) Add(c ...Celsius) { *r = append(*r, c...) }

type Grid [3][3]rune

func (g Grid) String() string {
	var b strings.Builder
	for _, row := range g {
		b.WriteString(string(row[:]) + "\n")
	}
	return b.String()
}

func (g *Grid) Set(r, c int, v rune) { g[r][c] = v }

type Registry map[string][]string

func (r Registry) Add(k, v string) { r[k] = append(r[k], v) }
func (r Registry) Keys() []string {
	ks := make([]string, 0, len(r))
	for k := range r {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

type Pipeline []func(string) string

func (p Pipeline) Run(s string) string {
	for _, f := range p {
		s = f(s)
	}
	return s
}

type Set map[string]struct{}

func main() {
	var r Readings
	r.Add(21.5, 19, 23.25)
	r = append(r, -4)
	fmt.Println(r, r.Max(), len(r))
	fmt.Printf("%v %.2f %s\n", r[0], r[1], r[2:])
	var g Grid
	for i := range g {
		for j := range g[i] {
			g[i][j] = '.'
		}
	}
	g.Set(1, 1, 'X')
	g2 := g
	g2.Set(0, 0, 'O')
	fmt.Print(g, g2)
	reg := Registry{}
	reg.Add("fruit", "apple")
	reg.Add("veg", "kale")
	reg.Add("fruit", "fig")
	for _, k := range reg.Keys() {
		fmt.Println(k, reg[k])
	}
	fmt.Println(reg)
	p := Pipeline{strings.TrimSpace, strings.ToUpper, func(s string) string { return s + "!" }}
	fmt.Println(p.Run("  hi there "), len(p))
	s := Set{"a": {}, "b": {}}
	_, ok := s["a"]
	fmt.Println(len(s), ok, s)
	var anyR any = r
	switch v := anyR.(type) {
	case []Celsius:
		fmt.Println("plain slice", v)
	case Readings:
		fmt.Println("Readings", v.Max())
	}
	fmt.Printf("%T %T %T\n", r, g, reg)
}
