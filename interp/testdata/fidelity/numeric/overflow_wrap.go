package main

import (
	"fmt"
	"math"
)

func hashFNV(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func lcg(seed uint32, n int) []uint32 {
	out := make([]uint32, n)
	for i := range out {
		seed = seed*1664525 + 1013904223
		out[i] = seed
	}
	return out
}

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8 127+1 =", i8)
	var u8 uint8 = 0
	u8--
	fmt.Println("uint8 0-1 =", u8)
	var i16 int16 = math.MaxInt16
	i16 += 10
	fmt.Println("int16 max+10 =", i16)
	var u32 uint32 = math.MaxUint32
	u32 *= 2
	fmt.Println("uint32 max*2 =", u32)
	var i64 int64 = math.MaxInt64
	i64++
	fmt.Println("int64 max+1 =", i64, i64 == math.MinInt64)
	m := int32(math.MinInt32)
	fmt.Println("-minInt32 =", -m, "abs via neg still negative:", -m < 0)
	var x int8 = -128
	fmt.Println("-128/-1 =", x/int8(-1))

	wide := int64(1)<<33 + 5
	n70k := 70000
	fmt.Println("conversions:", int8(200-256), uint8(300%256), int32(wide), uint16(n70k))
	big := 3000000000
	minus1 := int32(-1)
	fmt.Println("int32(big) =", int32(big), "uint32(-1 as int) =", uint32(minus1))
	f := 3.99
	fmt.Println("int(3.99) =", int(f), "int(-3.99) =", int(-f))

	for _, s := range []string{"", "a", "gopher", "hello world"} {
		fmt.Printf("fnv1a(%q) = %d (%#08x)\n", s, hashFNV(s), hashFNV(s))
	}
	fmt.Println("lcg:", lcg(42, 6))

	var acc uint16
	for i := 0; i < 1000; i++ {
		acc += uint16(i * 97)
	}
	fmt.Println("uint16 accumulator:", acc)
	shift := uint(70)
	fmt.Println("1<<70 as uint64:", uint64(1)<<shift, "int8(1)<<7:", int8(1)<<(shift-63))
	fmt.Println("^0 uint8:", ^uint8(0), "^0 int:", ^0, "-7>>1:", -7>>1, "-7/2:", -7/2, "-7%3:", -7%3)
}
