package main

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

const data = `# inventory
apple,3,0.5
banana,12,0.25

cherry,100,0.1
apple,2,0.5
`

type Item struct {
	Name  string
	Qty   int
	Price float64
}

func main() {
	totals := map[string]int{}
	var items []Item
	for line := range strings.Lines(data) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var fields []string
		for f := range strings.SplitSeq(line, ",") {
			fields = append(fields, f)
		}
		q, _ := strconv.Atoi(fields[1])
		p, _ := strconv.ParseFloat(fields[2], 64)
		items = append(items, Item{fields[0], q, p})
		totals[fields[0]] += q
	}
	fmt.Println(len(items), items[0], items[len(items)-1])
	for _, k := range slices.Sorted(maps.Keys(totals)) {
		fmt.Printf("%s=%d ", k, totals[k])
	}
	fmt.Println()
	byName := maps.Collect(func(yield func(string, Item) bool) {
		for _, it := range items {
			if !yield(it.Name, it) {
				return
			}
		}
	})
	fmt.Println(len(byName), byName["apple"].Qty)
	for i, f := range slices.All(strings.Fields("x y z")) {
		fmt.Print(i, f, ",")
	}
	fmt.Println()
	for w := range strings.FieldsSeq("  one two  three ") {
		fmt.Print("[", w, "]")
	}
	fmt.Println()
	vals := slices.Collect(maps.Values(map[int]string{1: "a"}))
	fmt.Println(vals)
	keys := slices.AppendSeq([]int{0}, maps.Keys(map[int]bool{7: true}))
	fmt.Println(keys)
	idx := slices.IndexFunc(items, func(it Item) bool { return it.Qty > 50 })
	fmt.Println(idx, items[idx].Name)
	repeated := slices.Repeat([]string{"ab"}, 3)
	fmt.Println(strings.Join(repeated, "-"))
}
