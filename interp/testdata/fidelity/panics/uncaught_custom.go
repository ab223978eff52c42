package main

import (
	"errors"
	"fmt"
)

func mustPositive(n int) int {
	if n < 0 {
		panic(errors.New("negative input"))
	}
	return n
}

func main() {
	fmt.Println(mustPositive(3))
	fmt.Println(mustPositive(-1))
	fmt.Println("unreachable")
}
