package main

import "fmt"

func main() {
	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 3
	total := 0
	for i := range n {
		total += i
	}
	fmt.Println("total", total)
	for range 2 {
		fmt.Println("hi")
	}
	var u uint8 = 3
	for i := range u {
		fmt.Printf("%T %d\n", i, i)
	}
	for i := range 4 {
		if i == 2 {
			break
		}
		fmt.Println("i =", i)
	}
}
