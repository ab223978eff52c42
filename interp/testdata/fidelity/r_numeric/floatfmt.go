package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -1.5, 3.14159265358979, 1e21, 1e20, 123456789.0, 0.000001234, 1e-7, 2.5e-300, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.Inf(-1), math.NaN()}
	for _, v := range vals {
		fmt.Printf("%-24s|%v|%g|%.3e|%.2f|%8.3g|\n",
			strconv.FormatFloat(v, 'f', -1, 64), v, v, v, v, v)
	}
	fmt.Println(strconv.FormatFloat(1.0/3, 'g', 5, 64), strconv.FormatFloat(1.0/3, 'b', -1, 64))
	fmt.Println(strconv.FormatFloat(float64(float32(0.1)), 'f', -1, 32), strconv.FormatFloat(float64(float32(0.1)), 'f', -1, 64))
	fmt.Println(strconv.FormatFloat(255.75, 'x', -1, 64), strconv.FormatFloat(1234.5678, 'E', 3, 64))

	var f32 float32 = 16777216
	fmt.Println(f32+1, float32(0.1)+float32(0.2), 0.1+0.2)
	fmt.Println(float32(1)/3, 1.0/3.0)

	for _, s := range []string{"3.25", "1e400", "-0", "inf", "NaN", "0x1p-2", "1_000.5", "abc"} {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			fmt.Printf("%q -> error: %v\n", s, err)
			continue
		}
		fmt.Printf("%q -> %v (signbit %v)\n", s, f, math.Signbit(f))
	}

	fmt.Printf("%+.2f %+.2f % .2f %08.3f %-8.2f| %x\n", 3.14159, -2.0, 5.5, -3.14159, 2.5, 1.5)
	fmt.Printf("%6.2f%%\n", 45.678)
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.RoundToEven(2.5), math.Trunc(-2.7), math.Floor(-2.5), math.Ceil(2.1))
	fmt.Println(math.Mod(7, -3), math.Remainder(7, 3), math.Hypot(3, 4), math.Cbrt(27))
	fr, exp := math.Frexp(10)
	fmt.Println(fr, exp, math.Ldexp(0.5, 4))
	fmt.Println(math.Float64bits(1.0), math.Float32bits(1.0), math.Float64frombits(0x4009_21FB_5444_2D18))
	fmt.Println(strconv.AppendFloat([]byte("x="), 12.5, 'f', 1, 64))
	fmt.Println(string(strconv.AppendFloat([]byte("x="), 12.5, 'f', 1, 64)))
}
