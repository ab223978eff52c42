package main

import (
	"fmt"
	"math"
	"strings"
)

type Reading struct {
	Sensor string
	Value  float64
}

func bounds(rs []Reading) (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, r := range rs {
		lo = min(lo, r.Value)
		hi = max(hi, r.Value)
	}
	return
}

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(2.5, 1), max("apple", "banana", "cherry"))
	var x int8 = 100
	fmt.Println(max(x, 27), min(x, -128))
	fmt.Println(min(math.NaN(), 1), max(0.0, math.Copysign(0, -1)))

	rs := []Reading{{"t1", 21.5}, {"t2", 19.25}, {"t3", 24.0}, {"t1", 22.75}}
	lo, hi := bounds(rs)
	fmt.Printf("lo=%.2f hi=%.2f spread=%.2f\n", lo, hi, hi-lo)

	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 3
	for i := range n * 2 {
		fmt.Print(strings.Repeat("#", min(i+1, n)), " ")
	}
	fmt.Println()
	var total int64
	for i := range int64(10) {
		total += i
	}
	fmt.Printf("%d %T\n", total, total)
	for range 3 {
		fmt.Print("tick ")
	}
	fmt.Println()

	m := map[string]int{"a": 1, "b": 2}
	s := []int{1, 2, 3}
	clear(m)
	clear(s)
	fmt.Println(m, len(m), s, len(s))

	table := [][]string{}
	for row := range 3 {
		var cells []string
		for col := range 4 {
			cells = append(cells, fmt.Sprintf("%d%c", row, 'a'+col))
		}
		table = append(table, cells)
	}
	for _, r := range table {
		fmt.Println(strings.Join(r, " "))
	}

	// loop variables are per iteration since Go 1.22
	var fns []func() int
	for i := range 3 {
		fns = append(fns, func() int { return i * 10 })
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])
}
