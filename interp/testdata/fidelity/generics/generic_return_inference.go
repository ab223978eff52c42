package main

import (
	"fmt"
	"strconv"
)

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func Parse[T int | float64](s string) T {
	var zero T
	switch any(zero).(type) {
	case int:
		return T(Must(strconv.Atoi(s)))
	case float64:
		return T(Must(strconv.ParseFloat(s, 64)))
	}
	return zero
}

func Keys[K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func main() {
	n := Must(strconv.Atoi("12"))
	fmt.Println(n + 1)

	f := Parse[float64]("2.5")
	i := Parse[int]("7")
	fmt.Println(f*2, i*2)
	fmt.Println(len(Keys(map[string]bool{"a": true, "b": false})))
	defer func() { fmt.Println("recovered:", recover()) }()
	Must(strconv.ParseBool("maybe"))
}
