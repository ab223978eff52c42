package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

type Celsius float64
type Grid [2][2]int
type Handler func(int) error
type Pair[K comparable, V any] struct {
	K K
	V V
}

func main() {
	fmt.Printf("%T\n", Celsius(1))
	fmt.Printf("%T\n", Grid{})
	fmt.Printf("%T\n", Handler(nil))
	fmt.Printf("%T\n", Pair[string, int]{})
	fmt.Printf("%T\n", []*Pair[int, []string]{})
	fmt.Printf("%T\n", map[string][]Celsius{})
	fmt.Printf("%T\n", make(chan<- int))
	fmt.Printf("%T\n", errors.New("x"))
	fmt.Printf("%T\n", fmt.Errorf("w: %w", errors.New("x")))
	fmt.Printf("%T\n", &strings.Builder{})
	fmt.Printf("%T\n", time.Second)
	fmt.Printf("%T\n", struct{ A int }{})
	fmt.Printf("%T %T\n", nil, any(nil))
	fmt.Printf("%T\n", func(string, ...int) (bool, error) { return false, nil })

	var x any = Celsius(2)
	fmt.Printf("%T %v\n", x, x)
}
