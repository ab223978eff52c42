package main

import "fmt"

func main() {
	sum := 0
	for i := 1; i <= 10; i++ {
		sum += i
	}
	fmt.Println("sum:", sum)

	n := 1
	for n < 100 {
		n *= 2
	}
	fmt.Println("n:", n)

	count := 0
	for {
		count++
		if count == 3 {
			continue
		}
		if count > 5 {
			break
		}
		fmt.Print(count, " ")
	}
	fmt.Println()

outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Printf("(%d,%d) ", i, j)
		}
	}
	fmt.Println()

	for i, s := range []string{"a", "b", "c"} {
		fmt.Println(i, s)
	}
}
