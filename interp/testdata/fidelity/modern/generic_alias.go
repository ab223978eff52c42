package main

import "fmt"

type Set[T comparable] = map[T]struct{}

type Pair[A, B any] struct {
	First  A
	Second B
}

type IntPair = Pair[int, int]

type Named[T any] = Pair[string, T]

func main() {
	s := Set[string]{"a": {}, "b": {}}
	_, ok := s["a"]
	fmt.Println(len(s), ok)

	p := IntPair{1, 2}
	fmt.Printf("%v %T\n", p, p)

	n := Named[float64]{"pi", 3.14}
	fmt.Printf("%+v %T\n", n, n)
}
