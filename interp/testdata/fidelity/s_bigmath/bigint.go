package main

import (
	"fmt"
	"math/big"
	"strings"
)

func factorial(n int64) *big.Int {
	r := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

func fib(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for range n {
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
	f := factorial(30)
	fmt.Println(f, f.BitLen(), digitSum(f))
	fmt.Println(fib(100), fib(1), fib(0))
	two := big.NewInt(2)
	p := new(big.Int).Exp(two, big.NewInt(127), nil)
	p.Sub(p, big.NewInt(1))
	fmt.Println(p, p.ProbablyPrime(20))
	mod := new(big.Int).Exp(big.NewInt(3), big.NewInt(1000), big.NewInt(1_000_000_007))
	fmt.Println(mod)
	q, r := new(big.Int).QuoRem(f, big.NewInt(1_000_003), new(big.Int))
	fmt.Println(q, r)
	n, ok := new(big.Int).SetString("ffffffffffffffffffff", 16)
	fmt.Println(n, ok, n.Text(36), fmt.Sprintf("%x", n))
	_, ok = new(big.Int).SetString("12z", 10)
	fmt.Println(ok, n.Cmp(f), f.Cmp(f), big.NewInt(-5).Sign())
	r1 := big.NewRat(3, 4)
	r2 := big.NewRat(5, 6)
	sum := new(big.Rat).Add(r1, r2)
	fmt.Println(sum, sum.FloatString(5), new(big.Rat).Mul(r1, r2).RatString())
	fl := new(big.Float).SetPrec(100).SetInt64(2)
	fl.Sqrt(fl)
	fmt.Println(fl.Text('f', 25))
	fmt.Println(strings.Repeat("=", 10), new(big.Int).GCD(nil, nil, big.NewInt(462), big.NewInt(1071)))
}
