package main

import (
	"fmt"
	"math"
	"unicode/utf8"
)

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const big = 1 << 100
const huge = big * big >> 195

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const typed int8 = 100

func main() {
	fmt.Println(KB, MB, GB, huge, big>>98)
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	var f float64 = 1 / 2
	var g float64 = 1.0 / 2
	h := 7 / 2.0
	fmt.Println(f, g, h, 7/2, -7/2, -7%3, 7%-3)
	fmt.Println(CToF(100), CToF(-40), Celsius(37.5))
	var x uint8 = 255
	x++
	var y int8 = typed
	y += 100
	u16 := uint16(65535)
	u16++
	fmt.Println(x, y, u16 == 0)
	fmt.Println(string(rune(65)), string(rune(0x4e16)), []byte("héllo"), []rune("héllo"))
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s), s[1], s[1:3], string(s[7]))
	for i, r := range "aé世" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	fl := 3.99
	fmt.Println(int(fl), int(-fl), int64(math.MaxInt32)+1, uint32(1<<32-1))
	var i8 int8 = -128
	fmt.Println(-i8, i8/-1, uint8(i8), int16(i8))
	fmt.Println(math.MaxInt8, math.MinInt16, 'a'+1, "a"+"b", 'x'-'a')
	bs := []byte{72, 105}
	fmt.Println(string(bs), fmt.Sprint(bs), float32(0.1), float64(float32(0.1)))
	const c1 = 'a'
	var r rune = c1
	var b byte = c1
	fmt.Printf("%T %T %v %v %c\n", r, b, r, b, c1+2)
	fmt.Println(1e3, 1e-3, 0x1p-2, 0o17, 0b101, 1_000_000)
	fmt.Println(5.0 == 5, complex(1, 2)*2i, math.Float64bits(-0.0) != 0)
	var u uint = 3
	fmt.Println(1<<u, ^0, ^uint8(0), 7&^5, -5>>1, uint(1)<<63)
}
