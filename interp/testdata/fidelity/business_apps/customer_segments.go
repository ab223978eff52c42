package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Segment string

const (
	VIP     Segment = "vip"
	Regular Segment = "regular"
	Dormant Segment = "dormant"
)

type Customer struct {
	ID      string
	Name    string
	Orders  int
	Spend   float64
	LastBuy int // days ago
}

func segmentOf(c Customer) Segment {
	switch {
	case c.LastBuy > 180:
		return Dormant
	case c.Spend >= 1000 || c.Orders >= 20:
		return VIP
	default:
		return Regular
	}
}

func main() {
	customers := map[string]Customer{
		"c1": {"c1", "Ada", 25, 840.50, 3},
		"c2": {"c2", "Bram", 4, 1200.00, 40},
		"c3": {"c3", "Chen", 2, 75.25, 400},
		"c4": {"c4", "Dora", 9, 310.00, 12},
		"c5": {"c5", "Emil", 1, 19.99, 200},
		"c6": {"c6", "Fay", 31, 2210.10, 1},
		"c7": {"c7", "Gus", 7, 99.00, 60},
	}

	bySeg := map[Segment][]Customer{}
	for _, c := range customers {
		s := segmentOf(c)
		bySeg[s] = append(bySeg[s], c)
	}
	for _, seg := range slices.Sorted(maps.Keys(bySeg)) {
		list := bySeg[seg]
		slices.SortFunc(list, func(a, b Customer) int { return cmp.Compare(b.Spend, a.Spend) })
		names := make([]string, 0, len(list))
		for _, c := range list {
			names = append(names, c.Name)
		}
		fmt.Printf("%-8s %d: %s\n", seg, len(list), strings.Join(names, ", "))
	}

	all := slices.SortedFunc(maps.Values(customers), func(a, b Customer) int {
		return cmp.Or(cmp.Compare(b.Orders, a.Orders), strings.Compare(a.ID, b.ID))
	})
	fmt.Println("top by orders:")
	for i, c := range all[:3] {
		fmt.Printf("  %d. %s (%d orders)\n", i+1, c.Name, c.Orders)
	}

	ids := slices.Sorted(maps.Keys(customers))
	for batch := range slices.Chunk(ids, 3) {
		fmt.Println("mail batch:", batch)
	}

	for id, c := range maps.All(customers) {
		if c.Spend > 2000 {
			fmt.Println("whale:", id, c.Name)
		}
	}

	spends := slices.Collect(func(yield func(float64) bool) {
		for _, id := range ids {
			if !yield(customers[id].Spend) {
				return
			}
		}
	})
	fmt.Printf("max %.2f min %.2f\n", slices.Max(spends), slices.Min(spends))
	idx, found := slices.BinarySearchFunc(all, 9, func(c Customer, orders int) int { return cmp.Compare(orders, c.Orders) })
	fmt.Println("binary search orders=9:", idx, found)
	i := slices.IndexFunc(all, func(c Customer) bool { return segmentOf(c) == Dormant })
	fmt.Println("first dormant in order list:", all[i].Name)
	rev := slices.Clone(ids)
	slices.Reverse(rev)
	fmt.Println(rev, slices.Contains(rev, "c4"), slices.Index(rev, "c1"))
}
