package main

import (
	"fmt"
	"math/big"
)

func harmonic(n int) *big.Rat {
	sum := new(big.Rat)
	for i := 1; i <= n; i++ {
		sum.Add(sum, big.NewRat(1, int64(i)))
	}
	return sum
}

func egyptian(r *big.Rat) []*big.Rat {
	var parts []*big.Rat
	rem := new(big.Rat).Set(r)
	one := big.NewInt(1)
	for rem.Sign() > 0 {
		num, den := rem.Num(), rem.Denom()
		// ceil(den/num)
		c := new(big.Int).Add(den, new(big.Int).Sub(num, one))
		c.Quo(c, num)
		unit := new(big.Rat).SetFrac(one, c)
		parts = append(parts, unit)
		rem.Sub(rem, unit)
	}
	return parts
}

func main() {
	for _, n := range []int{1, 2, 3, 5, 10, 20} {
		h := harmonic(n)
		f, _ := h.Float64()
		fmt.Printf("H(%d) = %s ≈ %.6f\n", n, h, f)
	}

	a := big.NewRat(3, 4)
	b := big.NewRat(5, 6)
	fmt.Println("a+b =", new(big.Rat).Add(a, b))
	fmt.Println("a*b =", new(big.Rat).Mul(a, b))
	fmt.Println("a/b =", new(big.Rat).Quo(a, b))
	fmt.Println("a-b =", new(big.Rat).Sub(a, b))
	fmt.Println("a-b decimal:", new(big.Rat).Sub(a, b).FloatString(5))

	r, ok := new(big.Rat).SetString("0.125")
	fmt.Println("parsed 0.125:", r, ok)
	r2, ok := new(big.Rat).SetString("22/7")
	fmt.Println("parsed 22/7:", r2.FloatString(10), ok)
	_, ok = new(big.Rat).SetString("abc")
	fmt.Println("parsed abc ok:", ok)

	for _, s := range []string{"4/13", "5/6", "7/15"} {
		x, _ := new(big.Rat).SetString(s)
		fmt.Printf("%s = ", x)
		for i, p := range egyptian(x) {
			if i > 0 {
				fmt.Print(" + ")
			}
			fmt.Print(p)
		}
		fmt.Println()
	}
	fmt.Println("is int 8/4:", big.NewRat(8, 4).IsInt(), big.NewRat(8, 4))

	pi := new(big.Float).SetPrec(100)
	pi.SetString("3.14159265358979323846264338327950288")
	two := new(big.Float).SetPrec(100).SetInt64(2)
	tau := new(big.Float).SetPrec(100).Mul(pi, two)
	fmt.Println("tau:", tau.Text('f', 25))
	fmt.Printf("tau %%.10f: %.10f\n", tau)
}
