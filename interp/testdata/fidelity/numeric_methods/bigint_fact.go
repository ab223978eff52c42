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
	for _, n := range []int64{0, 1, 5, 10, 20, 21, 25, 50} {
		f := factorial(n)
		fmt.Printf("%2d! = %v (%d digits)\n", n, f, len(f.String()))
	}
	f100 := factorial(100)
	fmt.Println("digit sum of 100!:", digitSum(f100))
	s := f100.String()
	fmt.Println("trailing zeros:", len(s)-len(strings.TrimRight(s, "0")))

	for _, n := range []int{10, 50, 93, 94, 100, 300} {
		fmt.Printf("fib(%d) = %s\n", n, fib(n))
	}
	fmt.Println("fib(94) fits int64:", fib(94).IsInt64(), "fib(92):", fib(92).IsInt64(), fib(92).Int64())

	// first fibonacci with 100 digits
	a, b := big.NewInt(1), big.NewInt(1)
	idx := 2
	limit := new(big.Int).Exp(big.NewInt(10), big.NewInt(99), nil)
	for b.Cmp(limit) < 0 {
		a.Add(a, b)
		a, b = b, a
		idx++
	}
	fmt.Println("first 100-digit fib index:", idx)

	x := new(big.Int)
	x.SetString("123456789012345678901234567890", 10)
	y, ok := new(big.Int).SetString("ff_ff", 0)
	fmt.Println(y, ok)
	y, ok = new(big.Int).SetString("0xffff", 0)
	fmt.Println(y, ok)
	q, m := new(big.Int).DivMod(x, big.NewInt(97), new(big.Int))
	fmt.Println("q =", q, "m =", m)
	fmt.Println("gcd:", new(big.Int).GCD(nil, nil, big.NewInt(462), big.NewInt(1071)))
	fmt.Println("2^127-1 prime?", new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 127), big.NewInt(1)).ProbablyPrime(20))
	fmt.Printf("%x %o %b\n", big.NewInt(255), big.NewInt(8), big.NewInt(5))
	fmt.Printf("%20s|%-8d|%+d\n", x, big.NewInt(42), big.NewInt(7))
	fmt.Println("sqrt:", new(big.Int).Sqrt(x), "bitlen:", x.BitLen(), "sign:", new(big.Int).Neg(x).Sign())
	fmt.Println("binomial(50,25):", new(big.Int).Binomial(50, 25))
	fmt.Println(x.Text(36), x.Cmp(y), y.Cmp(x), x.Cmp(x))
	var z big.Int
	z.Exp(big.NewInt(3), big.NewInt(200), big.NewInt(1000000007))
	fmt.Println("3^200 mod p =", &z, z.String())
}
