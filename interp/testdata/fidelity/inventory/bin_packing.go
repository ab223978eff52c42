package main

import (
	"fmt"
	"sort"
)

type Box struct {
	Cap   int
	Items []int
}

func (b *Box) Free() int {
	used := 0
	for _, it := range b.Items {
		used += it
	}
	return b.Cap - used
}

// firstFitDecreasing packs item sizes into boxes of capacity c.
func firstFitDecreasing(sizes []int, c int) []*Box {
	s := append([]int(nil), sizes...)
	sort.Sort(sort.Reverse(sort.IntSlice(s)))
	var boxes []*Box
	for _, it := range s {
		placed := false
		for _, b := range boxes {
			if b.Free() >= it {
				b.Items = append(b.Items, it)
				placed = true
				break
			}
		}
		if !placed {
			boxes = append(boxes, &Box{Cap: c, Items: []int{it}})
		}
	}
	return boxes
}

func main() {
	sizes := []int{4, 8, 1, 4, 2, 1, 7, 3, 6, 5}
	boxes := firstFitDecreasing(sizes, 10)

	for i, b := range boxes {
		fmt.Printf("box %d: %v free=%d\n", i+1, b.Items, b.Free())
	}

	fmt.Println("original untouched:", sizes)
	fmt.Println("boxes used:", len(boxes))
}
