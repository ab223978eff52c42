package main

import "fmt"

func nth(xs []int, i int) int {
	return xs[i]
}

func main() {
	xs := []int{1, 2, 3}
	fmt.Println("first:", nth(xs, 0))
	fmt.Println("sixth:", nth(xs, 5))
}
