package main

import (
	"fmt"
	"sort"
)

type card struct {
	suit string
	rank int
}

func main() {
	cards := []card{{"h", 3}, {"s", 1}, {"h", 1}, {"d", 3}, {"s", 2}, {"d", 1}}
	sort.SliceStable(cards, func(i, j int) bool { return cards[i].rank < cards[j].rank })
	fmt.Println(cards)

	ints := []int{5, 2, 8, 1, 9}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 8))

	fl := []float64{2.5, -1, 3.25}
	sort.Float64s(fl)
	fmt.Println(fl)

	strs := []string{"b", "A", "a", "B"}
	sort.Strings(strs)
	fmt.Println(strs)

	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(idx)
}
