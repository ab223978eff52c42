package main

import "fmt"

func main() {
	attempts := 0
retry:
	attempts++
	if attempts < 3 {
		fmt.Println("attempt", attempts, "failed")
		goto retry
	}
	fmt.Println("succeeded after", attempts)

	i := 0
loop:
	if i < 5 {
		fmt.Print(i, " ")
		i += 2
		goto loop
	}
	fmt.Println()
}
