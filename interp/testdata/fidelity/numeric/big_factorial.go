package main

import (
	"fmt"
	"math/big"
)

func factorial(n int64) *big.Int {
	result := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		result.Mul(result, big.NewInt(i))
	}
	return result
}

func fib(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < n; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func digitSum(x *big.Int) int {
	s := 0
	for _, c := range x.String() {
		s += int(c - '0')
	}
	return s
}

func main() {
	for _, n := range []int64{0, 1, 5, 10, 20, 25, 30} {
		fmt.Printf("%2d! = %s\n", n, factorial(n))
	}
	f100 := factorial(100)
	fmt.Println("100! has", len(f100.String()), "digits, digit sum", digitSum(f100))
	fmt.Println("fib(100) =", fib(100))
	fmt.Println("fib(200) =", fib(200).String())

	two := big.NewInt(2)
	p := new(big.Int).Exp(two, big.NewInt(127), nil)
	p.Sub(p, big.NewInt(1))
	fmt.Println("2^127-1 =", p)
	fmt.Println("probably prime:", p.ProbablyPrime(20))

	mod := new(big.Int).Exp(big.NewInt(3), big.NewInt(1000), big.NewInt(1000000007))
	fmt.Println("3^1000 mod 1e9+7 =", mod)

	g := new(big.Int).GCD(nil, nil, factorial(20), fib(60))
	fmt.Println("gcd(20!, fib(60)) =", g)

	q, r := new(big.Int).QuoRem(f100, factorial(98), new(big.Int))
	fmt.Println("100!/98! =", q, "rem", r)
	fmt.Println("cmp:", factorial(10).Cmp(big.NewInt(3628800)), fib(10).Cmp(big.NewInt(100)))
	fmt.Printf("hex of 30!: %x\n", factorial(30))
	fmt.Println("bit length of 50!:", factorial(50).BitLen())
}
