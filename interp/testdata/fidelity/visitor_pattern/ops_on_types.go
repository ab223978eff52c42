package main

import (
	"fmt"
	"math"
)

type Animal interface{ Sound() string }

type Dog struct{ Name string }
type Cat struct{ Name string }
type Fish struct{}

func (d Dog) Sound() string  { return d.Name + " says woof" }
func (c *Cat) Sound() string { return c.Name + " says meow" }
func (Fish) Sound() string   { return "..." }

type Operation func(Animal) string

func describe(a Animal) string {
	switch v := a.(type) {
	case Dog:
		return "dog " + v.Name
	case *Cat:
		return "cat " + v.Name
	case nil:
		return "nothing"
	default:
		return fmt.Sprintf("unknown %T", v)
	}
}

func legs(a Animal) string {
	switch a.(type) {
	case Dog, *Cat:
		return "4 legs"
	}
	return "no legs"
}

func main() {
	zoo := []Animal{Dog{"Rex"}, &Cat{"Tom"}, Fish{}, nil}
	ops := []Operation{describe, legs}

	for _, a := range zoo {
		for _, op := range ops {
			fmt.Print(op(a), " | ")
		}
		if a != nil {
			fmt.Print(a.Sound())
		}
		fmt.Println()
	}

	var x any = math.Inf(1)
	switch v := x.(type) {
	case int, int64:
		fmt.Println("integer", v)
	case float64:
		fmt.Println("float", v, math.IsInf(v, 1))
	}
}
