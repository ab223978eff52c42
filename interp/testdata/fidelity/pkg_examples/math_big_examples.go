package main

import (
	"fmt"
	"math"
	"math/big"
	"math/bits"
	"math/cmplx"
)

func main() {
	// fibonacci with big.Int
	a := big.NewInt(0)
	b := big.NewInt(1)
	var limit big.Int
	limit.Exp(big.NewInt(10), big.NewInt(99), nil)
	for a.Cmp(&limit) < 0 {
		a.Add(a, b)
		a, b = b, a
	}
	fmt.Println(a)
	fmt.Println(a.ProbablyPrime(20))

	x := new(big.Int)
	x.SetString("123456789012345678901234567890", 10)
	y, _ := new(big.Int).SetString("ff", 16)
	z := new(big.Int).Mul(x, y)
	fmt.Println(z, z.BitLen(), z.Sign(), y.Text(2))
	q, m := new(big.Int).DivMod(z, big.NewInt(97), new(big.Int))
	fmt.Println(q, m)
	fmt.Printf("%x %d %s\n", y, y, new(big.Int).Neg(y))
	fact := new(big.Int).MulRange(1, 30)
	fmt.Println("30! =", fact)
	fmt.Println(new(big.Int).GCD(nil, nil, big.NewInt(84), big.NewInt(36)))
	fmt.Println(new(big.Int).Sqrt(big.NewInt(1000000)), new(big.Int).Exp(big.NewInt(2), big.NewInt(100), big.NewInt(1000007)))

	r := big.NewRat(3, 4)
	r.Add(r, big.NewRat(5, 6))
	fmt.Println(r, r.FloatString(5), r.Num(), r.Denom())
	r2, _ := new(big.Rat).SetString("1.25")
	fmt.Println(r2, new(big.Rat).Mul(r, r2), r.Cmp(r2))

	f := new(big.Float).SetPrec(200)
	f.SetInt64(2)
	f.Sqrt(f)
	fmt.Println(f.Text('f', 50))
	fmt.Printf("%.20f\n", f)
	g := big.NewFloat(1.5)
	g.Mul(g, big.NewFloat(2.25))
	fmt.Println(g, g.String())

	fmt.Println(math.Sqrt(2), math.Floor(-2.5), math.Ceil(2.1), math.Trunc(-2.7), math.Round(2.5), math.RoundToEven(2.5))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), math.MaxInt64, math.MinInt64, math.MaxUint32)
	fmt.Println(math.Pow(2, 10), math.Log2(1024), math.Log10(0.001), math.Exp(1), math.Hypot(3, 4))
	fmt.Println(math.Mod(7, 3), math.Remainder(7, 3), math.Abs(-3.2), math.Copysign(3, -1), math.Signbit(-0.0))
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Atan2(1, 1))
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp, math.Float64bits(1.0), math.Float32frombits(0x40490fdb))
	ip, fp := math.Modf(3.75)
	fmt.Println(ip, fp, math.IsNaN(math.NaN()), math.IsInf(math.Inf(1), 0), math.MaxFloat32, math.SmallestNonzeroFloat64)

	fmt.Println(bits.OnesCount(255), bits.LeadingZeros64(1), bits.TrailingZeros(8), bits.Len(255), bits.Reverse8(1))
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo, bits.RotateLeft8(0b10010011, 3))
	sum, carry := bits.Add64(math.MaxUint64, 1, 0)
	fmt.Println(sum, carry)

	c := cmplx.Sqrt(-1)
	fmt.Println(c, cmplx.Abs(3+4i), cmplx.Exp(1i*math.Pi), cmplx.Conj(1+2i), real(c), imag(c))
	fmt.Printf("%.3f %v\n", cmplx.Pow(2i, 2), cmplx.Inf())
}
