package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Println(7/2, -7/2, 7%3, -7%3, 7%-3)
	fmt.Println(1<<10, 0xFF>>4, 6&3, 6|3, 6^3, 6&^3, ^5)

	var u uint32 = 0xF0F0
	fmt.Println(bits.OnesCount32(u), bits.LeadingZeros32(u), bits.TrailingZeros32(u), bits.Len32(u))
	fmt.Println(bits.Reverse8(0b00010110), bits.RotateLeft8(0b10000001, 1))

	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)

	sum, carry := bits.Add64(^uint64(0), 1, 0)
	fmt.Println(sum, carry)

	var x uint8 = 250
	x += 10
	fmt.Println(x)

	var y int16 = -32768
	fmt.Println(-y, y-1)
	fmt.Printf("%08b %b\n", 5, -5)

	big, n := int64(1)<<40+5, 70000
	fmt.Println(int32(big), uint16(n))
}
