// Tour of the iterator functions added to slices and maps in Go 1.23.
package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type City struct {
	Name    string
	Country string
	Pop     int
}

func main() {
	cities := []City{
		{"Lyon", "FR", 522},
		{"Porto", "PT", 232},
		{"Nice", "FR", 342},
		{"Braga", "PT", 193},
		{"Graz", "AT", 291},
		{"Linz", "AT", 207},
		{"Paris", "FR", 2102},
	}

	for i, c := range slices.Backward(cities) {
		if i < 4 {
			break
		}
		fmt.Println(i, c.Name)
	}

	for chunk := range slices.Chunk(cities, 3) {
		names := make([]string, 0, len(chunk))
		for _, c := range chunk {
			names = append(names, c.Name)
		}
		fmt.Println(len(chunk), strings.Join(names, ","))
	}

	byCountry := map[string][]string{}
	for c := range slices.Values(cities) {
		byCountry[c.Country] = append(byCountry[c.Country], c.Name)
	}
	for _, k := range slices.Sorted(maps.Keys(byCountry)) {
		fmt.Printf("%s: %v\n", k, byCountry[k])
	}

	pops := maps.Collect(func(yield func(string, int) bool) {
		for _, c := range cities {
			if !yield(c.Name, c.Pop) {
				return
			}
		}
	})
	fmt.Println(len(pops), pops["Graz"])

	big := slices.SortedFunc(maps.Keys(pops), func(a, b string) int {
		return pops[b] - pops[a]
	})
	fmt.Println(big[:3])

	extra := map[string]int{"Faro": 67, "Lyon": 523}
	maps.Insert(pops, maps.All(extra))
	fmt.Println(pops["Lyon"], pops["Faro"], len(pops))

	initials := slices.AppendSeq([]string{"start"}, maps.Keys(map[string]bool{"only": true}))
	fmt.Println(initials)

	vals := slices.Sorted(maps.Values(pops))
	fmt.Println(vals[0], vals[len(vals)-1])

	idx := slices.IndexFunc(cities, func(c City) bool { return c.Pop < 200 })
	fmt.Println("first small:", cities[idx].Name)

	repeated := slices.Repeat([]int{1, 2}, 3)
	fmt.Println(repeated, slices.Contains(repeated, 2))
	fmt.Println(slices.Collect(maps.Keys(map[int]struct{}{7: {}})))
}
