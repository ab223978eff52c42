package main

import (
	"fmt"
	"iter"
)

type Page struct {
	Num   int
	Items []string
}

// Pages simulates an API that returns results a page at a time.
func Pages(all []string, size int) iter.Seq2[Page, error] {
	return func(yield func(Page, error) bool) {
		for i, n := 0, 1; i < len(all); i, n = i+size, n+1 {
			end := min(i+size, len(all))
			if n == 3 {
				yield(Page{}, fmt.Errorf("page %d: server busy", n))
				return
			}
			if !yield(Page{n, all[i:end]}, nil) {
				return
			}
		}
	}
}

func main() {
	data := []string{"a", "b", "c", "d", "e", "f", "g"}
	for p, err := range Pages(data, 2) {
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		fmt.Println("page", p.Num, p.Items)
	}
}
