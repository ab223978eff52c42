package main

import (
	"fmt"
	"math/big"
)

func main() {
	sum := new(big.Rat)
	for i := int64(1); i <= 10; i++ {
		sum.Add(sum, big.NewRat(1, i))
	}
	fmt.Println(sum, sum.FloatString(10))

	r, _ := new(big.Rat).SetString("3/12")
	fmt.Println(r, r.Num(), r.Denom())

	x := new(big.Float).SetPrec(200)
	x.SetInt64(2)
	x.Sqrt(x)
	fmt.Println(x.Text('f', 50))

	y := big.NewFloat(0.1)
	fmt.Println(y, y.Prec())

	fib := [2]*big.Int{big.NewInt(0), big.NewInt(1)}
	for i := 0; i < 200; i++ {
		fib[0].Add(fib[0], fib[1])
		fib[0], fib[1] = fib[1], fib[0]
	}
	fmt.Println(fib[0])
}
