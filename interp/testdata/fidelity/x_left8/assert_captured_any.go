package main

import "fmt"

// A table-driven check of values held in []any, each assertion run in a
// closure that recovers, as a test helper does.
type ID int
type Name string
type IDs []ID
type Index map[Name]ID

func expectPanic(label string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%-6s %v\n", label, r)
	}()
	f()
}

func main() {
	items := []any{ID(1), Name("n"), IDs{1}, Index{"a": 1}, []int{2}}
	for i, it := range items {
		expectPanic(fmt.Sprint("int", i), func() { _ = it.(int) })
	}
	for i, it := range items {
		expectPanic(fmt.Sprint("ints", i), func() { _ = it.([]int) })
	}
	for i, it := range items {
		expectPanic(fmt.Sprint("map", i), func() { _ = it.(map[string]int) })
	}
}
