package main

import (
	"fmt"
	"sort"
)

type Money int64 // cents

func (m Money) String() string { return fmt.Sprintf("%d.%02d", m/100, m%100) }

// Split divides total into n parts that differ by at most one cent and sum to total.
func Split(total Money, n int) []Money {
	base := total / Money(n)
	rem := int(total % Money(n))
	parts := make([]Money, n)
	for i := range parts {
		parts[i] = base
		if i < rem {
			parts[i]++
		}
	}
	return parts
}

// Allocate splits total by integer weights using the largest remainder method.
func Allocate(total Money, weights []int) []Money {
	sum := 0
	for _, w := range weights {
		sum += w
	}
	out := make([]Money, len(weights))
	type rem struct{ i, r int }
	var rems []rem
	given := Money(0)
	for i, w := range weights {
		exact := int64(total) * int64(w)
		out[i] = Money(exact / int64(sum))
		given += out[i]
		rems = append(rems, rem{i, int(exact % int64(sum))})
	}
	sort.SliceStable(rems, func(a, b int) bool { return rems[a].r > rems[b].r })
	for k := 0; given < total; k++ {
		out[rems[k].i]++
		given++
	}
	return out
}

func main() {
	fmt.Println(Split(10000, 3))
	fmt.Println(Split(1, 4))

	parts := Allocate(10000, []int{1, 1, 1})
	var sum Money
	for _, p := range parts {
		sum += p
	}
	fmt.Println(parts, sum)

	fmt.Println(Allocate(99999, []int{50, 30, 20}))
	fmt.Println(Allocate(7, []int{3, 3, 1}))
}
