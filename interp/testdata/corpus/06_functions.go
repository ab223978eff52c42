package main

import "fmt"

func add(a, b int) int { return a + b }

func divmod(a, b int) (int, int) { return a / b, a % b }

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func apply(f func(int, int) int, a, b int) int { return f(a, b) }

func main() {
	fmt.Println(add(2, 3))
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(split(17))
	_, only := divmod(9, 4)
	fmt.Println(only)
	fmt.Println(apply(add, 10, 20))
	fmt.Println(apply(func(a, b int) int { return a * b }, 6, 7))
}
