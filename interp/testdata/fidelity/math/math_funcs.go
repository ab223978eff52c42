package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Cbrt(27), math.Pow(2, 10), math.Hypot(3, 4))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Round(-2.5), math.Trunc(-2.7), math.RoundToEven(2.5))
	fmt.Println(math.Abs(-3), math.Max(3, 7), math.Min(3, math.NaN()), math.Mod(7, -3), math.Remainder(7, 3))
	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Log(math.E), math.Log10(1000))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), -math.MaxFloat64)
	fmt.Println(math.IsNaN(math.NaN()), math.NaN() == math.NaN(), math.IsInf(1/math.Inf(1), 0))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.SmallestNonzeroFloat64)

	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp, math.Float64bits(1.0))

	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)

	var i8 int8 = 127
	i8++
	u8 := uint8(255)
	u8++
	fmt.Println(i8, u8 == 0)
}
