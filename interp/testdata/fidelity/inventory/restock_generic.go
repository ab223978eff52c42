package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Numeric interface {
	~int | ~int64 | ~float64
}

type Units int
type Weight float64

func Sum[T Numeric](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func MaxBy[T any, K cmp.Ordered](xs []T, key func(T) K) (T, bool) {
	var best T
	if len(xs) == 0 {
		return best, false
	}
	best = xs[0]
	for _, x := range xs[1:] {
		if key(x) > key(best) {
			best = x
		}
	}
	return best, true
}

type Shipment struct {
	ID     string
	Units  Units
	Weight Weight
}

func main() {
	ships := []Shipment{
		{"s1", 40, 12.5},
		{"s2", 15, 30.25},
		{"s3", 70, 8},
	}

	var units []Units
	var weights []Weight
	for _, s := range ships {
		units = append(units, s.Units)
		weights = append(weights, s.Weight)
	}
	fmt.Println("units:", Sum(units), "weight:", Sum(weights))

	heaviest, _ := MaxBy(ships, func(s Shipment) Weight { return s.Weight })
	most, _ := MaxBy(ships, func(s Shipment) Units { return s.Units })
	fmt.Println("heaviest:", heaviest.ID, "most units:", most.ID)

	_, ok := MaxBy([]Shipment{}, func(s Shipment) string { return s.ID })
	fmt.Println("empty ok:", ok)

	slices.SortFunc(ships, func(a, b Shipment) int { return cmp.Compare(a.Weight, b.Weight) })
	fmt.Printf("%v\n", ships)
	fmt.Printf("%T %T\n", Sum(units), Sum([]int{1, 2}))
}
