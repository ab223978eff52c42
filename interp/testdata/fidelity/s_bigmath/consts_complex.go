package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
)

const huge = 1 << 100
const ratio = huge / (1 << 98)
const third = 1.0 / 3
const big2 = huge >> 90

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

func main() {
	fmt.Println(KB, MB, GB, TB, ratio, big2)
	fmt.Printf("%T %v %.20f\n", third, third, third)
	var f32 float32 = third
	fmt.Println(f32, float64(f32) == third, third*3 == 1)
	fmt.Println(Thursday, Monday+Tuesday, Weekday(7)%5)
	fmt.Println(math.MaxInt64, uint64(math.MaxUint64), math.MinInt8, math.SmallestNonzeroFloat64 > 0)
	fmt.Println(7/2, -7/2, 7%-3, -7%3, 7.0/2, 1e3, 1_000.5e-3)
	c := complex(3, 4)
	fmt.Println(c, real(c), imag(c), cmplx.Abs(c), c*c, c/complex(0, 1))
	fmt.Printf("%.3f %v\n", cmplx.Sqrt(-1), cmplx.Exp(complex(0, math.Pi)))
	var c64 complex64 = 1 + 2i
	fmt.Printf("%T %v %T\n", c64, c64*c64, 2i*2i)
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN() == math.NaN(), math.IsNaN(math.Sqrt(-1)))
	fmt.Println(math.Floor(-2.5), math.Round(-2.5), math.Trunc(-2.5), math.RoundToEven(2.5), math.Mod(7, -3))
	fmt.Printf("%e %g %08.3f %+d %x %o %b\n", 123456.789, 1e21, math.Pi, 42, -255, 64, 5)
	var u8 uint8 = 200
	var i16 int16 = int16(u8) * 200
	fmt.Println(u8+100, i16, int8(u8), uint32(u8)<<24)
	fmt.Println(0.1+0.2 == 0.3, float64(0.1)+0.2 == 0.3)
	x, y := 0.1, 0.2
	fmt.Println(x+y == 0.3, x+y)
}
