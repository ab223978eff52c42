package main

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
)

func fib(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for i := 0; i < n; i++ {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func factorial(n int64) *big.Int {
	r := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

func main() {
	fmt.Println(fib(100))
	f := factorial(30)
	fmt.Println(f, f.BitLen(), len(f.String()))
	q, m := new(big.Int).DivMod(f, big.NewInt(1_000_007), new(big.Int))
	fmt.Println(q, m)
	r := big.NewRat(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(5))
	x, _ := new(big.Float).SetPrec(100).SetString("1.5")
	y := new(big.Float).Sqrt(x)
	fmt.Println(y.Text('g', 25))
	n, ok := new(big.Int).SetString("deadbeefcafebabe1234", 16)
	fmt.Println(n, ok, n.Text(36))
	fmt.Println(new(big.Int).Exp(big.NewInt(2), big.NewInt(100), big.NewInt(1_000_000_007)))
	fmt.Println(big.NewInt(97).ProbablyPrime(10), new(big.Int).GCD(nil, nil, big.NewInt(84), big.NewInt(36)))
	fmt.Println(math.MaxInt64, uint64(math.MaxUint64), math.Inf(-1), math.NaN())
	fmt.Println(math.Round(-2.5), math.Floor(-2.5), math.Trunc(2.7), math.Mod(7, -3), math.Remainder(7, 3))
	fmt.Println(strconv.FormatFloat(1.0/3, 'f', -1, 64), strconv.FormatFloat(1e21, 'g', -1, 64), float32(0.1))
	fmt.Printf("%.3e %g %v %08.3f %+d\n", 123456.789, 1e-7, 1e20, -3.14159, 42)
	v, err := strconv.ParseInt("9223372036854775808", 10, 64)
	fmt.Println(v, err)
	u, err := strconv.ParseUint("-1", 10, 8)
	fmt.Println(u, err)
	fl, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(fl, err)
	fmt.Println(7/2, -7/2, 7%-2, -7%2, 7.0/2)
	var i8 int8 = 127
	i8++
	u16 := uint16(65535)
	u16++
	fmt.Println(i8, u16 == 0)
}
