package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(2.5, 1.5), max("apple", "banana"))
	a, b := 10, 20
	fmt.Println(min(a, b), max(a, b, 15))
	x := 7.0
	fmt.Println(max(x, 3))

	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m), m)
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s, len(s))
}
