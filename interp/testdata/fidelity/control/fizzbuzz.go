package main

import (
	"fmt"
	"strconv"
	"strings"
)

func fizzbuzz(n int) string {
	switch {
	case n%15 == 0:
		return "FizzBuzz"
	case n%3 == 0:
		return "Fizz"
	case n%5 == 0:
		return "Buzz"
	}
	return strconv.Itoa(n)
}

func main() {
	var out []string
	for i := 1; i <= 20; i++ {
		out = append(out, fizzbuzz(i))
	}
	fmt.Println(strings.Join(out, " "))
}
