package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Celsius float64
type Count int

func Clamp[T cmp.Ordered](v, lo, hi T) T { return min(max(v, lo), hi) }

func Spread[T cmp.Ordered](xs ...T) (T, T) {
	lo, hi := xs[0], xs[0]
	for _, x := range xs[1:] {
		lo, hi = min(lo, x), max(hi, x)
	}
	return lo, hi
}

func Reset[M ~map[K]V, K comparable, V any](m M) int {
	n := len(m)
	clear(m)
	return n
}

func Repeat[N ~int](n N, f func(N)) {
	for i := range n {
		f(i)
	}
}

func main() {
	fmt.Println(Clamp(15, 0, 10), Clamp(-2.5, -1, 1), Clamp("m", "a", "k"))
	fmt.Println(Clamp(Celsius(40), 10, 35))
	lo, hi := Spread(Celsius(21.5), 19, 25.25, 18)
	fmt.Printf("%v %v %T\n", lo, hi, hi)
	a, b := Spread("pear", "apple", "zucchini")
	fmt.Println(a, b)

	t1, t2 := Celsius(12.5), Celsius(8)
	coldest := min(t1, t2)
	warmest := max(t1, t2, 30)
	fmt.Println(coldest, warmest)
	fmt.Printf("%T %T\n", coldest, warmest)

	stock := map[string]int{"a": 1, "b": 2}
	fmt.Println(Reset(stock), len(stock), stock)
	stock["c"] = 3
	fmt.Println(stock)

	var total Count
	Repeat(Count(4), func(i Count) { total += i })
	fmt.Println(total)
	for i := range Count(3) {
		fmt.Printf("%T=%d ", i, i)
	}
	fmt.Println()

	xs := []int{4, 8, 15, 16, 23, 42}
	clear(xs[:2])
	fmt.Println(xs, slices.Max(xs), min(len(xs), 3))
	limit := max(len(xs)-10, 0)
	best := min(xs[2], xs[3]) * 2
	fmt.Println(limit, best)
}
