package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

var c, python, java bool

var (
	ToBe   bool       = false
	MaxInt uint64     = 1<<64 - 1
	z      complex128 = cmplx.Sqrt(-5 + 12i)
)

const (
	Big   = 1 << 100
	Small = Big >> 99
)

const Pi = 3.14

func needInt(x int) int           { return x*10 + 1 }
func needFloat(x float64) float64 { return x * 0.1 }

func add(x, y int) int { return x + y }

func swap(x, y string) (string, string) { return y, x }

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func main() {
	fmt.Println(add(42, 13))
	a, b := swap("hello", "world")
	fmt.Println(a, b)
	fmt.Println(split(17))

	var i int
	fmt.Println(i, c, python, java)
	var x, y int = 1, 2
	k := 3
	cc, py, jv := true, false, "no!"
	fmt.Println(x, y, k, cc, py, jv)

	fmt.Printf("Type: %T Value: %v\n", ToBe, ToBe)
	fmt.Printf("Type: %T Value: %v\n", MaxInt, MaxInt)
	fmt.Printf("Type: %T Value: %v\n", z, z)

	var fl float64
	var bo bool
	var st string
	fmt.Printf("%v %v %v %q\n", i, fl, bo, st)

	xx, yy := 3, 4
	f := math.Sqrt(float64(xx*xx + yy*yy))
	var zz uint = uint(f)
	fmt.Println(xx, yy, zz)

	v := 42.5
	fmt.Printf("v is of type %T\n", v)
	w := 0.867 + 0.5i
	fmt.Printf("w is of type %T\n", w)

	const World = "世界"
	fmt.Println("Hello", World)
	fmt.Println("Happy", Pi, "Day")
	const Truth = true
	fmt.Println("Go rules?", Truth)

	fmt.Println(needInt(Small))
	fmt.Println(needFloat(Small))
	fmt.Println(needFloat(Big))

	fmt.Println(math.Pi, math.MaxInt64, math.Inf(1), -math.MaxFloat64)
	var u8 uint8 = 250
	u8 += 10
	var i8 int8 = 127
	i8++
	fmt.Println(u8, i8, 7/2, -7/2, 7%3, -7%3, 7.0/2)
	fmt.Printf("%.3f %v %v\n", cmplx.Abs(3+4i), real(z), imag(z))
	fmt.Println(float32(0.1), float64(float32(0.1)), 1e21, 1e20, 100000000.0)
}
