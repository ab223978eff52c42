package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Page struct {
	Number int
	Items  []string
}

func paginate(items []string, size int) []Page {
	var pages []Page
	n := 1
	for chunk := range slices.Chunk(items, size) {
		pages = append(pages, Page{Number: n, Items: chunk})
		n++
	}
	return pages
}

func main() {
	items := make([]string, 0, 11)
	for i := range 11 {
		items = append(items, fmt.Sprintf("item%02d", i))
	}
	for _, p := range paginate(items, 4) {
		fmt.Printf("page %d (%d): %s\n", p.Number, len(p.Items), strings.Join(p.Items, " "))
	}

	for i, v := range slices.Backward([]string{"a", "b", "c"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()

	for i, v := range slices.All([]int{10, 20, 30}) {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()

	doubled := slices.Collect(func(yield func(int) bool) {
		for v := range slices.Values([]int{1, 2, 3, 4}) {
			if !yield(v * 2) {
				return
			}
		}
	})
	fmt.Println("doubled:", doubled)

	fmt.Println("repeat:", slices.Repeat([]string{"ab", "c"}, 3))
	appended := slices.AppendSeq([]int{0}, slices.Values([]int{7, 8, 9}))
	fmt.Println("appended:", appended)

	sorted := slices.Sorted(slices.Values([]int{5, 3, 9, 1}))
	fmt.Println("sorted:", sorted)
	idx := maps.Collect(slices.All([]string{"zero", "one", "two"}))
	fmt.Println(idx[1], len(idx))

	matrix := [][]int{}
	for row := range slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7, 8, 9}, 3) {
		matrix = append(matrix, row)
	}
	for _, r := range matrix {
		fmt.Println(r)
	}
	// chunks alias the original
	src := []int{1, 2, 3, 4}
	for c := range slices.Chunk(src, 2) {
		c[0] = -c[0]
	}
	fmt.Println("aliased:", src)

	batches := 0
	for b := range slices.Chunk([]byte("hello world!"), 5) {
		batches++
		fmt.Printf("%q ", b)
	}
	fmt.Println(batches)
	byLen := slices.SortedStableFunc(slices.Values(strings.Fields("bb a ccc dd e")), func(a, b string) int {
		return len(a) - len(b)
	})
	fmt.Println(byLen)
}
