package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Visitor interface {
	VisitCircle(*Circle) any
	VisitRect(*Rect) any
	VisitGroup(*Group) any
}

type Shape interface {
	Accept(Visitor) any
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Group struct {
	Name   string
	Shapes []Shape
}

func (c *Circle) Accept(v Visitor) any { return v.VisitCircle(c) }
func (r *Rect) Accept(v Visitor) any   { return v.VisitRect(r) }
func (g *Group) Accept(v Visitor) any  { return v.VisitGroup(g) }

type areaVisitor struct{}

func (areaVisitor) VisitCircle(c *Circle) any { return math.Pi * c.R * c.R }
func (areaVisitor) VisitRect(r *Rect) any     { return r.W * r.H }
func (a areaVisitor) VisitGroup(g *Group) any {
	total := 0.0
	for _, s := range g.Shapes {
		total += s.Accept(a).(float64)
	}
	return total
}

type printVisitor struct {
	depth int
	sb    *strings.Builder
}

func (p *printVisitor) line(format string, args ...any) {
	p.sb.WriteString(strings.Repeat("  ", p.depth))
	fmt.Fprintf(p.sb, format, args...)
	p.sb.WriteByte('\n')
}

func (p *printVisitor) VisitCircle(c *Circle) any { p.line("circle r=%g", c.R); return nil }
func (p *printVisitor) VisitRect(r *Rect) any     { p.line("rect %gx%g", r.W, r.H); return nil }
func (p *printVisitor) VisitGroup(g *Group) any {
	p.line("group %q (%d)", g.Name, len(g.Shapes))
	p.depth++
	for _, s := range g.Shapes {
		s.Accept(p)
	}
	p.depth--
	return nil
}

type countVisitor map[string]int

func (c countVisitor) VisitCircle(*Circle) any { c["circle"]++; return c }
func (c countVisitor) VisitRect(*Rect) any     { c["rect"]++; return c }
func (c countVisitor) VisitGroup(g *Group) any {
	c["group"]++
	for _, s := range g.Shapes {
		s.Accept(c)
	}
	return c
}

func main() {
	scene := &Group{"scene", []Shape{
		&Circle{1},
		&Rect{2, 3},
		&Group{"wheels", []Shape{&Circle{0.5}, &Circle{0.5}}},
		&Group{"empty", nil},
		&Rect{W: 1.5, H: 4},
	}}
	area := scene.Accept(areaVisitor{}).(float64)
	fmt.Printf("total area: %.4f\n", area)
	pv := &printVisitor{sb: &strings.Builder{}}
	scene.Accept(pv)
	fmt.Print(pv.sb.String())
	counts := scene.Accept(countVisitor{}).(countVisitor)
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%d ", k, counts[k])
	}
	fmt.Println()
	for _, s := range scene.Shapes {
		switch sh := s.(type) {
		case *Circle:
			fmt.Println("circle with radius", sh.R)
		case *Rect:
			fmt.Println("rect with area", sh.Accept(areaVisitor{}))
		case *Group:
			fmt.Println("group", sh.Name)
		}
	}
}
