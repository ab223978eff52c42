package main

import (
	"fmt"
	"math"
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
	f50 := factorial(50)
	fmt.Println("50! =", f50)
	fmt.Println("digits:", len(f50.String()), "sum:", digitSum(f50))
	fmt.Println("fib(100) =", fib(100))
	two := big.NewInt(2)
	p := new(big.Int).Exp(two, big.NewInt(127), nil)
	p.Sub(p, big.NewInt(1))
	fmt.Println("2^127-1 =", p, "prime?", p.ProbablyPrime(20))
	q, r := new(big.Int).QuoRem(f50, fib(100), new(big.Int))
	fmt.Println(q, r)
	fmt.Println(new(big.Int).GCD(nil, nil, big.NewInt(462), big.NewInt(1071)))
	x, ok := new(big.Int).SetString("deadbeefcafebabe", 16)
	fmt.Println(x, ok, x.Text(2)[:16], x.BitLen(), fmt.Sprintf("%x %X %o", x, x, big.NewInt(64)))
	r1 := big.NewRat(1, 3)
	r2 := big.NewRat(1, 6)
	sum := new(big.Rat).Add(r1, r2)
	fmt.Println(sum, sum.FloatString(5), r1.Cmp(r2), new(big.Rat).Mul(sum, big.NewRat(4, 1)))
	fl := new(big.Float).SetPrec(200).SetInt64(2)
	fl.Sqrt(fl)
	fmt.Println(fl.Text('f', 50))
	fmt.Printf("%.20f %v\n", math.Sqrt2, fl.Cmp(big.NewFloat(math.Sqrt2)))
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "%v ", new(big.Int).Lsh(big.NewInt(1), uint(i*20)))
	}
	fmt.Println(sb.String())
	n := big.NewInt(-17)
	m := big.NewInt(5)
	fmt.Println(new(big.Int).Mod(n, m), new(big.Int).Rem(n, m), new(big.Int).Div(n, m), new(big.Int).Quo(n, m), n.Sign(), n.CmpAbs(m))
}
