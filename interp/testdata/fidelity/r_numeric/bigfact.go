package main

import (
	"fmt"
	"math/big"
)

// factorial computes n! with arbitrary precision.
func factorial(n int64) *big.Int {
	r := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

func binomial(n, k int64) *big.Int {
	return new(big.Int).Binomial(n, k)
}

func fibBig(n int) *big.Int {
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
	for _, n := range []int64{10, 20, 25, 50} {
		f := factorial(n)
		fmt.Printf("%d! = %s (%d digits, digit sum %d)\n", n, f, len(f.String()), digitSum(f))
	}
	fmt.Println("C(100,50) =", binomial(100, 50))
	fmt.Println("fib(100) =", fibBig(100))

	// rationals
	sum := new(big.Rat)
	for i := int64(1); i <= 10; i++ {
		sum.Add(sum, big.NewRat(1, i))
	}
	fmt.Println("H(10) =", sum, "≈", sum.FloatString(8))

	// modular exponentiation
	base := big.NewInt(7)
	exp := big.NewInt(560)
	mod := big.NewInt(561)
	fmt.Println("7^560 mod 561 =", new(big.Int).Exp(base, exp, mod))
	fmt.Println("561 probably prime:", big.NewInt(561).ProbablyPrime(20))
	fmt.Println("2^127-1 probably prime:", new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 127), big.NewInt(1)).ProbablyPrime(20))

	// big.Float with precision
	x := new(big.Float).SetPrec(200).SetInt64(2)
	x.Sqrt(x)
	fmt.Println("sqrt(2) =", x.Text('f', 50))
	fmt.Printf("%.20f\n", x)

	// comparisons and sign
	a, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	b, _ := new(big.Int).SetString("-98765432109876543210", 10)
	fmt.Println(a.Cmp(b), b.Sign(), new(big.Int).Abs(b))
	q, m := new(big.Int).DivMod(a, big.NewInt(97), new(big.Int))
	fmt.Println("div:", q, "mod:", m)
	fmt.Printf("hex %x, %X, bits %d\n", a, a, a.BitLen())
	gcd := new(big.Int).GCD(nil, nil, big.NewInt(1071), big.NewInt(462))
	fmt.Println("gcd:", gcd)
}
