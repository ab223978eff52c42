package main

import (
	"fmt"
	"math"
)

// From "Constants" (Rob Pike).

type MyString string

const typedHello string = "Hello, 世界"
const hello = "Hello, 世界"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d]
}

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

func (b ByteSize) String() string {
	switch {
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.2fB", b)
}

const Huge = 1 << 100
const Pi2 = math.Pi * 2

func main() {
	var m MyString
	m = hello
	fmt.Println(m)
	fmt.Printf("%T %T %v\n", hello, m, typedHello)
	var s string = hello
	fmt.Println(s)
	fmt.Printf("%T: %v\n", 'x', 'x')
	fmt.Printf("%T: %v\n", 0x10, 0x10)
	fmt.Printf("%T: %v\n", 1.0, 1.0)
	fmt.Printf("%T: %v\n", 1e3, 1e3)
	fmt.Printf("%T: %v\n", 2i, 2i)
	var f32 float32 = 1e-3
	var f64 = 1e-3
	fmt.Println(f32, f64, float64(f32) == f64)
	fmt.Println(Huge >> 98)
	fmt.Println(Pi2, float32(Pi2))
	const big = 1 << 62
	fmt.Println(big, uint64(big)*2)
	sqrt2 := math.Sqrt2
	fmt.Printf("%.20f\n%v\n", sqrt2, float32(sqrt2))
	for d := Sunday; d <= Saturday; d++ {
		fmt.Print(d, "=", int(d), " ")
	}
	fmt.Println()
	fmt.Printf("%v %d %s %q\n", Friday, Friday, Friday+1, Monday)
	for _, b := range []ByteSize{1023, 1e3 * 1024, 1 << 35, 5.5 * TB, KB} {
		fmt.Println(b)
	}
	fmt.Println(KB, MB, GB, float64(GB))
	const typed int8 = 100
	x := typed / 3
	fmt.Printf("%T %v\n", x, x)
	var u uint8 = 255
	u++
	var i8 int8 = 127
	i8++
	fmt.Println(u, i8, ^uint32(0), math.MaxInt64, uint64(math.MaxUint64))
	fmt.Println(7/2, 7.0/2, 7/2.0, float64(7)/2, -7/2, -7%3)
	const c = 'a' + 1
	fmt.Println(c, string(rune(c)))
	fmt.Printf("%v %v\n", math.Inf(1), -math.MaxFloat64)
}
