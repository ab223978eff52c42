package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(2.5, 1), max("apple", "banana"))

	a, b := 10, 20
	fmt.Println(min(a, b), max(a, b, 15))

	x := 7.5
	fmt.Println(max(x, 3), min(x, 100))

	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m), m)

	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s, len(s))

	type celsius float64
	temps := []celsius{21.5, 19, 23}
	lo, hi := temps[0], temps[0]
	for _, t := range temps {
		lo, hi = min(lo, t), max(hi, t)
	}
	fmt.Println(lo, hi)
}
