package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Celsius float64
type Cents int64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }
func (c Cents) String() string   { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Mean[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs)) / float64(len(xs))
}

func MinMax[T cmp.Ordered](xs []T) (lo, hi T) {
	return slices.Min(xs), slices.Max(xs)
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

type Reading struct {
	City string
	Temp Celsius
}

func main() {
	temps := []Celsius{21.5, 19, 25.25, 18.75}
	fmt.Println("sum:", Sum(temps), "mean:", Mean(temps))
	lo, hi := MinMax(temps)
	fmt.Println("range:", lo, "to", hi)
	fmt.Printf("%v %.2f\n", temps, Mean([]int{1, 2, 4}))

	prices := []Cents{199, 2450, 5, 1000}
	fmt.Println("total:", Sum(prices))
	slices.Sort(prices)
	fmt.Println("sorted:", prices)
	i, found := slices.BinarySearch(prices, 1000)
	fmt.Println("search 1000:", i, found)

	rs := []Reading{{"Oslo", 3.5}, {"Rome", 18}, {"Oslo", -1.25}, {"Lima", 22}, {"Rome", 20.5}}
	byCity := GroupBy(rs, func(r Reading) string { return r.City })
	for _, city := range slices.Sorted(maps.Keys(byCity)) {
		var ts []Celsius
		for _, r := range byCity[city] {
			ts = append(ts, r.Temp)
		}
		fmt.Printf("%-5s n=%d mean=%.3f max=%v\n", city, len(ts), Mean(ts), slices.Max(ts))
	}
	slices.SortFunc(rs, func(a, b Reading) int {
		return cmp.Or(cmp.Compare(a.City, b.City), cmp.Compare(b.Temp, a.Temp))
	})
	fmt.Println(rs)
	idx := slices.IndexFunc(rs, func(r Reading) bool { return r.Temp < 0 })
	fmt.Println("first freezing:", idx, rs[idx])
	fmt.Printf("%v %+v\n", rs[0], rs[1])
}
