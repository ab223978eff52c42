package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	var u uint = 3
	fmt.Println(u-5 > 0, u-5)

	x := math.MaxInt64
	x++
	fmt.Println(x == math.MinInt64, x)

	var i32 int32 = math.MaxInt32
	fmt.Println(i32+1, -i32-2)

	a := int16(300)
	fmt.Println(int8(a), uint8(a), byte(a))
	big := 1 << 40
	fmt.Println(int32(big), int32(big+5))
	f := 3.99
	fmt.Println(int(f), int(-f), int64(1e18), uint8(int(f)*100))

	n := -7
	fmt.Println(n/2, n%2, n>>1, -n/2, 7%-3)
	fmt.Println(uint32(n), uint64(n)>>60)

	var h uint32 = 2166136261
	for _, c := range []byte("gopher") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println("fnv1a:", h)

	var acc uint16
	for i := 0; i < 1000; i++ {
		acc += uint16(i * 37)
	}
	fmt.Println("acc:", acc)

	minInt := math.MinInt64
	fmt.Println(-minInt == minInt, minInt/-1)

	const c = 1 << 62
	fmt.Println(c*2-1+c*2 == math.MaxInt64 || true, uint64(c)*3)

	var shift uint = 70
	fmt.Println(1<<shift == 0, int64(1)<<62, uint8(shift)<<7<<1)

	fmt.Println(math.MaxUint32, uint32(math.MaxUint32)+uint32(u))
	fmt.Println(0.1+0.2 == 0.3, float32(0.1)+float32(0.2) == float32(0.3))
	fl := 0.1
	fmt.Println(fl+0.2 == 0.3, fl+0.2)
	fmt.Println(math.Inf(1)-math.Inf(1), math.NaN() == math.NaN(), -0.0, math.Copysign(0, -1))
	var zero float64
	fmt.Println(1/zero, -1/zero, zero/zero)
	defer func() { fmt.Println("recovered:", recover()) }()
	var zi int
	fmt.Println(10 / zi)
}
