package main

import (
	"fmt"
	"strings"
)

var (
	total   = sum(weights)
	weights = loadWeights()
	banner  = makeBanner(title)
	title   = strings.ToUpper(name)
	name    = "inventory"
)

var registry = map[string]func(int) int{}

func register(n string, f func(int) int) bool {
	registry[n] = f
	fmt.Println("registered", n)
	return true
}

var (
	_ = register("double", func(x int) int { return 2 * x })
	_ = register("square", func(x int) int { return x * x })
)

func loadWeights() []int {
	fmt.Println("loading weights")
	return []int{3, 5, 8}
}

func sum(xs []int) int {
	fmt.Println("summing", len(xs), "weights")
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func makeBanner(s string) string {
	fmt.Println("making banner for", s)
	return "== " + s + " =="
}

func init() {
	fmt.Println("init 1: total is", total)
	weights = append(weights, 13)
}

func init() {
	fmt.Println("init 2: weights now", weights)
	total = sum(weights)
}

func main() {
	fmt.Println("main starts")
	fmt.Println(banner)
	fmt.Println("total:", total)
	for _, n := range []string{"double", "square"} {
		fmt.Printf("%s(7) = %d\n", n, registry[n](7))
	}
}
