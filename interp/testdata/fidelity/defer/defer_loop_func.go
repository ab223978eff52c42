package main

import "fmt"

func handle(items []string) {
	for _, it := range items {
		func() {
			defer fmt.Println("  released", it)
			fmt.Println("  using", it)
		}()
	}
}

func countdown(n int) {
	if n == 0 {
		return
	}
	defer fmt.Print(n, " ")
	countdown(n - 1)
}

func main() {
	handle([]string{"lock1", "lock2"})
	countdown(5)
	fmt.Println()
}
