package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func Swap[A, B any](a A, b B) (B, A) { return b, a }

func main() {
	fmt.Println(Sum([]int{1, 2, 3}))
	fmt.Println(Sum([]float64{1.5, 2.25}))
	fmt.Println(Max(3, 7), Max(2.5, 1.5), Max("a", "b"))
	fmt.Println(Index([]string{"x", "y", "z"}, "z"), Index([]int{1}, 5))
	fmt.Println(Swap(1, "one"))
	fmt.Println(Sum[int64]([]int64{10, 20}))
}
