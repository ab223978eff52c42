package main

import (
	"fmt"
	"math"
	"sort"
)

type Quantity interface {
	SI() float64
	Unit() string
}

type Grams float64
type Pounds float64
type Liters float64
type Gallons float64

func (g Grams) SI() float64    { return float64(g) / 1000 }
func (g Grams) Unit() string   { return "g" }
func (p Pounds) SI() float64   { return float64(p) * 0.45359237 }
func (p Pounds) Unit() string  { return "lb" }
func (l Liters) SI() float64   { return float64(l) / 1000 }
func (l Liters) Unit() string  { return "L" }
func (g Gallons) SI() float64  { return float64(g) * 3.785411784 / 1000 }
func (g Gallons) Unit() string { return "gal" }

func describe(q Quantity) string {
	return fmt.Sprintf("%g %s = %.4f SI", q, q.Unit(), q.SI())
}

type Mass interface {
	Quantity
	mass()
}

func (Grams) mass()  {}
func (Pounds) mass() {}

func total(qs []Quantity) (mass, volume float64) {
	for _, q := range qs {
		if _, ok := q.(Mass); ok {
			mass += q.SI()
		} else {
			volume += q.SI()
		}
	}
	return
}

func main() {
	items := []Quantity{Grams(500), Pounds(2), Liters(1.5), Gallons(1), Grams(250)}
	for _, it := range items {
		fmt.Println(describe(it))
	}
	m, v := total(items)
	fmt.Printf("mass %.3f kg, volume %.5f m3\n", m, v)
	sort.Slice(items, func(i, j int) bool { return items[i].SI() < items[j].SI() })
	for _, it := range items {
		fmt.Printf("%v%s ", it, it.Unit())
	}
	fmt.Println()
	counts := map[string]int{}
	for _, it := range items {
		switch it.(type) {
		case Grams, Pounds:
			counts["mass"]++
		case Liters:
			counts["liters"]++
		case Gallons:
			counts["gallons"]++
		}
	}
	fmt.Println(counts)
	heaviest := items[0]
	for _, it := range items {
		if m, ok := it.(Mass); ok && m.SI() > heaviest.SI() {
			heaviest = m
		}
	}
	fmt.Printf("%T %v %.2f\n", heaviest, heaviest, math.Round(heaviest.SI()*100)/100)
	eq := Quantity(Grams(250)) == Quantity(Liters(250))
	fmt.Println(eq, Quantity(Grams(250)) == items[0])
}
