// Maps: reference semantics, zero values from missing keys, delete in
// a loop, maps of slices and of maps, struct keys, and clear.
package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

type Key struct {
	Dept string
	Year int
}

func addAll(m map[string]int, keys ...string) {
	for _, k := range keys {
		m[k]++
	}
}

func main() {
	m := map[string]int{}
	alias := m
	addAll(m, "a", "b", "a")
	fmt.Println(alias, len(alias))

	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	v, ok := nilMap["x"]
	fmt.Println(v, ok)

	groups := map[string][]string{}
	for _, w := range strings.Fields("apple avocado banana blueberry cherry apricot") {
		k := w[:1]
		groups[k] = append(groups[k], w)
	}
	keys := slices.Sorted(maps.Keys(groups))
	for _, k := range keys {
		fmt.Println(k, groups[k])
	}

	nested := map[string]map[string]int{}
	add := func(a, b string) {
		if nested[a] == nil {
			nested[a] = map[string]int{}
		}
		nested[a][b]++
	}
	add("x", "y")
	add("x", "y")
	add("x", "z")
	add("w", "y")
	fmt.Println(nested)

	sales := map[Key]float64{}
	sales[Key{"eng", 2023}] += 10.5
	sales[Key{"eng", 2024}] += 3
	sales[Key{"ops", 2023}] += 7
	sales[Key{"eng", 2023}] += 1
	ks := make([]Key, 0, len(sales))
	for k := range sales {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool {
		if ks[i].Dept != ks[j].Dept {
			return ks[i].Dept < ks[j].Dept
		}
		return ks[i].Year < ks[j].Year
	})
	for _, k := range ks {
		fmt.Printf("%s/%d=%.1f ", k.Dept, k.Year, sales[k])
	}
	fmt.Println()

	nums := map[int]bool{1: true, 2: true, 3: true, 4: true, 5: true, 6: true}
	for k := range nums {
		if k%2 == 0 {
			delete(nums, k)
		}
	}
	fmt.Println(len(nums), nums)

	cp := maps.Clone(m)
	cp["c"] = 9
	fmt.Println(len(m), len(cp), maps.Equal(m, cp))
	clear(m)
	fmt.Println(len(alias), alias)

	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	type rc struct {
		r rune
		n int
	}
	var list []rc
	for r, n := range counts {
		list = append(list, rc{r, n})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].n > list[j].n || list[i].n == list[j].n && list[i].r < list[j].r })
	fmt.Println(list)
	fmt.Printf("%v %q\n", counts, counts)
}
