package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string { return [...]string{"Red", "Green", "Blue"}[c] }

type Size string

func main() {
	stock := map[any]int{Blue: 4, Red: 10, Green: 0}
	fmt.Println(stock)
	fmt.Printf("%v\n", stock)
	stock[Green] += 3
	delete(stock, Blue)
	fmt.Println(stock, len(stock))
	sizes := map[any]bool{Size("M"): true, Size("S"): false, Size("XL"): true}
	fmt.Println(sizes)
	for k, v := range stock {
		if c, ok := k.(Color); ok && c == Red {
			fmt.Println("red has", v, c)
		}
	}
}
