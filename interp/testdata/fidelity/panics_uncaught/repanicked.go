package main

import (
	"fmt"
	"os"
)

func cleanup(name string) {
	if r := recover(); r != nil {
		fmt.Fprintln(os.Stderr, "cleanup", name, "saw:", r)
		panic(r)
	}
}

func process(items []int) int {
	defer cleanup("process")
	total := 0
	for i := 0; i <= len(items); i++ {
		total += items[i]
	}
	return total
}

func main() {
	fmt.Println("start")
	fmt.Println(process([]int{1, 2, 3}))
}
