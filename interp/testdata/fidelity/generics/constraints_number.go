package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

type Celsius float64

func Sum[T Number](xs ...T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Average[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs...)) / float64(len(xs))
}

func main() {
	fmt.Println(Sum(1, 2, 3))
	fmt.Println(Sum(1.5, 2.25))

	temps := []Celsius{20.5, 22, 19.5}
	fmt.Println(Sum(temps...))
	fmt.Printf("%.2f\n", Average(temps))
	fmt.Printf("%T\n", Sum(temps...))
	fmt.Println(Average([]int64{}))
}
