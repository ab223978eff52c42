package main

import "fmt"

// From the generics tutorial: SumInts, SumFloats, then one generic version.

type Number interface {
	int64 | float64
}

func SumInts(m map[string]int64) int64 {
	var s int64
	for _, v := range m {
		s += v
	}
	return s
}

func SumFloats(m map[string]float64) float64 {
	var s float64
	for _, v := range m {
		s += v
	}
	return s
}

func SumIntsOrFloats[K comparable, V int64 | float64](m map[K]V) V {
	var s V
	for _, v := range m {
		s += v
	}
	return s
}

func SumNumbers[K comparable, V Number](m map[K]V) V {
	var s V
	for _, v := range m {
		s += v
	}
	return s
}

type Celsius float64

type Temperature interface {
	~float64
}

func Average[T Temperature](xs ...T) T {
	if len(xs) == 0 {
		return 0
	}
	var total T
	for _, x := range xs {
		total += x
	}
	return total / T(len(xs))
}

func main() {
	ints := map[string]int64{"first": 34, "second": 12}
	floats := map[string]float64{"first": 35.98, "second": 26.99}

	fmt.Printf("Non-Generic Sums: %v and %v\n", SumInts(ints), SumFloats(floats))
	fmt.Printf("Generic Sums: %v and %v\n",
		SumIntsOrFloats[string, int64](ints),
		SumIntsOrFloats[string, float64](floats))
	fmt.Printf("Generic Sums, type parameters inferred: %v and %v\n",
		SumIntsOrFloats(ints), SumIntsOrFloats(floats))
	fmt.Printf("Generic Sums with Constraint: %v and %v\n",
		SumNumbers(ints), SumNumbers(floats))

	byID := map[int]float64{1: 0.5, 2: 0.25}
	fmt.Println(SumNumbers(byID))
	avg := Average(Celsius(20), Celsius(22.5), Celsius(18))
	fmt.Printf("%.2f %T\n", avg, avg)
	fmt.Println(Average[float64]())
}
