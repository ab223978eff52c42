package main

import (
	"fmt"
	"math"
	"math/big"
	"math/bits"
	"strconv"
)

func factorial(n int64) *big.Int {
	r := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

func main() {
	f := factorial(30)
	fmt.Println(f, len(f.String()))
	a, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	b := big.NewInt(987654321)
	q, m := new(big.Int).QuoRem(a, b, new(big.Int))
	fmt.Println(q, m)
	fmt.Println(new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil))
	fmt.Println(a.Cmp(b), b.Cmp(a), a.Sign(), new(big.Int).GCD(nil, nil, big.NewInt(84), big.NewInt(36)))

	r := big.NewRat(1, 3)
	r.Add(r, big.NewRat(1, 6))
	fmt.Println(r, r.FloatString(5))

	x := new(big.Float).SetPrec(100).SetFloat64(2)
	x.Sqrt(x)
	fmt.Println(x.Text('f', 30))

	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	var u8 uint8 = 250
	u8 += 10
	var i8 int8 = 127
	i8++
	fmt.Println(u8, i8)
	fmt.Println(bits.OnesCount(255), bits.LeadingZeros64(1), bits.Len(1023), bits.Reverse8(1))
	hi, lo := bits.Mul64(math.MaxUint64, 3)
	fmt.Println(hi, lo)
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatUint(1<<40, 36), strconv.Quote("tab\there"))
	n, err := strconv.ParseInt("9223372036854775808", 10, 64)
	fmt.Println(n, err)
	fl, _ := strconv.ParseFloat("1e400", 64)
	fmt.Println(fl, math.IsInf(fl, 1), math.NaN() == math.NaN())
	fmt.Printf("%.3e %g %08.3f %x %o %b\n", 123456.789, 1e21, math.Pi, 3735928559, 8, 5)
}
