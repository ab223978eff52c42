package main

import "fmt"

type point struct{ x, y int }

func main() {
	values := []any{42, "hi", 3.14, true, nil, []int{1, 2}, map[string]int{"a": 1}, point{1, 2}, &point{3, 4}, 'x', byte(7)}
	for _, v := range values {
		fmt.Printf("%-22T %v\n", v, v)
	}
	var a, b any = 1, 1
	fmt.Println(a == b)

	a, b = point{1, 2}, point{1, 2}
	fmt.Println(a == b)

	a, b = 1, int64(1)
	fmt.Println(a == b)
}
