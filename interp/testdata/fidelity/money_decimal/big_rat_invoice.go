package main

import (
	"fmt"
	"math/big"
)

type Line struct {
	Desc  string
	Qty   int64
	Price string // decimal string
}

func main() {
	lines := []Line{
		{"widget", 3, "19.99"},
		{"gadget", 1, "0.10"},
		{"gizmo", 7, "0.20"},
	}
	taxRate, _ := new(big.Rat).SetString("0.0825")

	subtotal := new(big.Rat)
	for _, l := range lines {
		p, ok := new(big.Rat).SetString(l.Price)
		if !ok {
			panic("bad price " + l.Price)
		}
		amt := new(big.Rat).Mul(p, big.NewRat(l.Qty, 1))
		subtotal.Add(subtotal, amt)
		fmt.Printf("%-7s %2d x %6s = %8s\n", l.Desc, l.Qty, l.Price, amt.FloatString(2))
	}

	tax := new(big.Rat).Mul(subtotal, taxRate)
	total := new(big.Rat).Add(subtotal, tax)
	fmt.Println("subtotal:", subtotal.FloatString(2), subtotal.String())
	fmt.Println("tax:     ", tax.FloatString(4), "->", tax.FloatString(2))
	fmt.Println("total:   ", total.FloatString(2))

	f := 0.1 + 0.2
	r := new(big.Rat).Add(big.NewRat(1, 10), big.NewRat(2, 10))
	fmt.Println(f, r, r.Cmp(big.NewRat(3, 10)) == 0)
}
