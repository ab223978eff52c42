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

var cache = map[[2]uint64]uint64{}

func ackermann(m, n uint64) uint64 {
	if v, ok := cache[[2]uint64{m, n}]; ok {
		return v
	}
	var r uint64
	switch {
	case m == 0:
		r = n + 1
	case n == 0:
		r = ackermann(m-1, 1)
	default:
		r = ackermann(m-1, ackermann(m, n-1))
	}
	cache[[2]uint64{m, n}] = r
	return r
}

func main() {
	for _, n := range []int64{0, 1, 5, 10, 20, 25, 30} {
		fmt.Printf("%2d! = %s\n", n, factorial(n))
	}
	f100 := factorial(100)
	s := f100.String()
	fmt.Printf("100! has %d digits, digit sum %d, trailing zeros %d\n", len(s), digitSum(f100),
		len(s)-len(strings.TrimRight(s, "0")))
	fmt.Println("fib(100) =", fib(100))
	fmt.Println("fib(200) =", fib(200).String())
	two := big.NewInt(2)
	p := new(big.Int).Exp(two, big.NewInt(127), nil)
	p.Sub(p, big.NewInt(1))
	fmt.Printf("2^127-1 = %v prime? %v\n", p, p.ProbablyPrime(20))
	q, r := new(big.Int).QuoRem(f100, fib(100), new(big.Int))
	fmt.Printf("100!/fib(100): quotient has %d digits, remainder %s\n", len(q.String()), r)
	fmt.Println("cmp:", factorial(20).Cmp(fib(90)), fib(90).Cmp(factorial(20)))
	rat := big.NewRat(1, 3)
	rat.Add(rat, big.NewRat(1, 6))
	fmt.Println("1/3+1/6 =", rat, rat.FloatString(5))
	for m := uint64(0); m <= 3; m++ {
		var row []string
		for n := uint64(0); n <= 5; n++ {
			row = append(row, fmt.Sprint(ackermann(m, n)))
		}
		fmt.Printf("A(%d, 0..5) = %s\n", m, strings.Join(row, " "))
	}
	fmt.Printf("%x\n", factorial(30))
	fmt.Println(factorial(30).BitLen(), factorial(30).Sign())
}
