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

func digitSum(x *big.Int) int {
	s := 0
	for _, c := range x.String() {
		s += int(c - '0')
	}
	return s
}

func binomial(n, k int64) *big.Int { return new(big.Int).Binomial(n, k) }

func sqrt2(digits int) string {
	// floor(sqrt(2) * 10^digits) via integer square root
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(2*digits)), nil)
	n := new(big.Int).Mul(big.NewInt(2), scale)
	r := new(big.Int).Sqrt(n)
	s := r.String()
	return s[:1] + "." + s[1:]
}

func main() {
	f100 := factorial(100)
	s := f100.String()
	fmt.Println("100! has", len(s), "digits, digit sum", digitSum(f100))
	fmt.Println("trailing zeros:", len(s)-len(strings.TrimRight(s, "0")))
	fmt.Println("C(50,25) =", binomial(50, 25))
	fmt.Println("sqrt(2) ~", sqrt2(40))

	a, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	b, _ := new(big.Int).SetString("ffffffffffffffffffff", 16)
	q, m := new(big.Int).QuoRem(a, b, new(big.Int))
	fmt.Println(q, m, a.Cmp(b), b.BitLen(), a.Sign())
	fmt.Printf("%x %o %s\n", b, big.NewInt(64), b.Text(36))
	g := new(big.Int).GCD(nil, nil, big.NewInt(1071), big.NewInt(462))
	fmt.Println("gcd:", g, "prime 2^61-1:", new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 61), big.NewInt(1)).ProbablyPrime(20))
	mod := new(big.Int).Exp(big.NewInt(3), big.NewInt(200), big.NewInt(1_000_000_007))
	fmt.Println("3^200 mod 1e9+7 =", mod)

	r := big.NewRat(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(5), new(big.Rat).Mul(r, big.NewRat(4, 1)))
	h := new(big.Rat)
	for i := int64(1); i <= 10; i++ {
		h.Add(h, big.NewRat(1, i))
	}
	fmt.Println("H10 =", h, h.FloatString(8))
	x := new(big.Float).SetPrec(100).SetInt64(1)
	x.Quo(x, big.NewFloat(3))
	fmt.Println(x.Text('g', 25), x.Prec())
}
