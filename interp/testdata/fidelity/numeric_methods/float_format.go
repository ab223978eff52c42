package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	values := []float64{0, 1, -1, 0.1, 1.0 / 3, 2.0 / 3, 100, 123456.789, 1e6, 1e21, 1e-7,
		6.02214076e23, 1.602e-19, math.Pi, -math.E, math.MaxFloat64, math.SmallestNonzeroFloat64,
		math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1)}
	for _, v := range values {
		fmt.Printf("%-12v|%-14g|%12.3e|%14.3f|%8.4g|%G\n", v, v, v, v, v, v)
	}
	fmt.Println()
	for _, v := range []float64{3.0, 2.5, 1e20, 1e-5, 123.456} {
		fmt.Println(v, strconv.FormatFloat(v, 'f', -1, 64), strconv.FormatFloat(v, 'e', -1, 64),
			strconv.FormatFloat(v, 'g', 3, 64), strconv.FormatFloat(v, 'b', -1, 64))
	}
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), f32*3, strconv.FormatFloat(float64(f32), 'g', -1, 32))
	fmt.Printf("%v %.10f %T\n", f32, f32, f32)

	fmt.Printf("[%+.2f] [% .2f] [%08.2f] [%-8.2f] [%+08.2f]\n", 3.14159, 3.14159, -3.14159, 3.14159, 3.14159)
	fmt.Printf("[%x] [%X] [%.3x]\n", 1.5, 255.0, math.Pi)
	fmt.Printf("[%*.*f] [%-*d]\n", 10, 2, math.Pi, 6, 42)
	fmt.Printf("%5.1f%%\n", 45.678)
	fmt.Printf("%v %v\n", float32(16777216.0)+1, 0.1+0.2)
	fmt.Println(0.1+0.2 == 0.3, math.Abs(0.1+0.2-0.3) < 1e-9)

	for _, s := range []string{"3.14", "1e10", "-0", "inf", "NaN", "0x1p-2", "1_000.5", "abc", "1e400"} {
		v, err := strconv.ParseFloat(s, 64)
		fmt.Printf("%-8q -> %v, %v\n", s, v, err)
	}
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.RoundToEven(2.5), math.Floor(-1.5), math.Ceil(-1.5), math.Trunc(-1.7))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Remainder(7, 3))
	frac, exp := math.Frexp(40)
	fmt.Println(frac, exp, math.Ldexp(frac, exp))
	ip, fp := math.Modf(-3.75)
	fmt.Println(ip, fp, math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)))
	fmt.Println(math.Float64bits(1.0), math.Float32bits(1.0), math.Float64frombits(0x4000000000000000))
	fmt.Println(math.Nextafter(1, 2), math.Hypot(3, 4), math.Cbrt(27), math.Log2(1024), math.Log10(0.001))
	a, b := 3.99, -3.99
	fmt.Println(int(a), int(b), int64(math.Pow(2, 62)), uint8(int(300)&0xff))
	total := 0.0
	for i := 0; i < 10; i++ {
		total += 0.1
	}
	fmt.Println(total, total == 1.0, fmt.Sprintf("%.20f", total))
	fmt.Printf("%6.2f|%-6.2f|%06.2f\n", 1.005, 2.675, -0.5)
	fmt.Printf("%e %E %.0e %.0f %.0f %.0f\n", 0.0, 1234.5678, 15.0, 0.5, 1.5, 2.5)
	fmt.Printf("%v %g %v\n", 1e20, 1e20, 1e21)
	fmt.Printf("%v %v\n", float32(1e20), float32(1)/3)
}
