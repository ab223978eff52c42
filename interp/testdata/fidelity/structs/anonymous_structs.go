package main

import (
	"encoding/json"
	"fmt"
	"sort"
)

func main() {
	tests := []struct {
		name string
		in   int
		want int
	}{
		{"zero", 0, 0},
		{"one", 1, 1},
		{"ten", 10, 55},
	}
	fib := func(n int) int {
		a, b := 0, 1
		for i := 0; i < n; i++ {
			a, b = b, a+b
		}
		return a
	}
	for _, tc := range tests {
		got := fib(tc.in)
		fmt.Printf("%-5s got=%d want=%d ok=%v\n", tc.name, got, tc.want, got == tc.want)
	}
	point := struct{ X, Y int }{3, 4}
	b, _ := json.Marshal(point)
	fmt.Println(string(b))

	counts := map[string]struct{ n, sum int }{}
	for _, v := range []struct {
		k string
		v int
	}{{"a", 1}, {"b", 5}, {"a", 3}} {
		c := counts[v.k]
		c.n++
		c.sum += v.v
		counts[v.k] = c
	}
	keys := []string{}
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, counts[k])
	}
}
