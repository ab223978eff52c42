package main

import (
	"fmt"
	"math"
	"strconv"
)

type Celsius float64
type Level int8

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	A, B = iota * 10, iota + 100
	C, D
	_, _
	E, F
)

func main() {
	var l Level = 120
	for i := 0; i < 3; i++ {
		l += 5
		fmt.Print(l, " ")
	}
	fmt.Println()
	var u8 uint8 = 200
	u8 += 100
	var i16 int16 = math.MaxInt16
	i16++
	fmt.Println(u8, i16, -7/2, -7%2, 7>>1, -7>>1, 1<<63-1 == math.MaxInt64)
	fmt.Println(KB, MB, GB, A, B, C, D, E, F)
	t := Celsius(36.6)
	fmt.Printf("%.1f %v %T\n", t, t*2, t)
	fmt.Println(math.NaN() == math.NaN(), math.Inf(1) > math.MaxFloat64, -0.0 == 0.0, math.Signbit(math.Copysign(0, -1)))
	nan := math.NaN()
	fmt.Println(min(3, nan, 1), max(2.5, 1), min("b", "a", "c"))
	m := map[float64]int{nan: 1}
	m[nan] = 2
	fmt.Println(len(m), m[nan])
	f := 1e21
	fmt.Println(f, float32(0.1), float64(float32(0.1)), 1e6, 123456789.0, 1e-7)
	h2 := -2.7
	fmt.Println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64), math.Round(-2.5), math.Trunc(-2.7), int(h2))
	var x uint = 3
	var y uint = 5
	fmt.Println(x-y > 0, int(x)-int(y), ^0, ^uint8(0), 0x1p-2, 0o17, 0b1010, 1_000_000)
	r := 'a' + 1
	fmt.Printf("%c %v %T %q %U\n", r, r, r, r, r)
	s := string(rune(65)) + strconv.Itoa(65) + fmt.Sprint(65)
	fmt.Println(s, len("héllo"), len([]rune("héllo")))
	h := 7.0 / 2
	n := 7 / 2
	var z float64
	fmt.Println(h, n, 1/z, -1/z, z/z == z/z, math.IsInf(1/z, 1))
	fmt.Printf("%08.3f|%-8d|%+d|%x|%X|%o|%b|%e|%g\n", math.Pi, 42, 42, 255, 255, 8, 5, 123456.789, 1e-9)
}
