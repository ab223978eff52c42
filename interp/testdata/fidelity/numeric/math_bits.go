package main

import (
	"fmt"
	"math/bits"
)

func popcountTable(n int) []int {
	t := make([]int, n)
	for i := 1; i < n; i++ {
		t[i] = t[i>>1] + i&1
	}
	return t
}

func nextPow2(x uint32) uint32 {
	if x <= 1 {
		return 1
	}
	return 1 << (32 - bits.LeadingZeros32(x-1))
}

func subsets(items []string) {
	n := len(items)
	for mask := uint(0); mask < 1<<n; mask++ {
		var picked []string
		m := mask
		for m != 0 {
			i := bits.TrailingZeros(m)
			picked = append(picked, items[i])
			m &= m - 1
		}
		fmt.Printf("%0*b %d %v\n", n, mask, bits.OnesCount(mask), picked)
	}
}

func main() {
	for _, x := range []uint64{0, 1, 7, 8, 255, 1 << 40, 0xdeadbeef, ^uint64(0)} {
		fmt.Printf("x=%-20d ones=%-2d lz=%-2d tz=%-2d len=%-2d rev8=%#x\n",
			x, bits.OnesCount64(x), bits.LeadingZeros64(x), bits.TrailingZeros64(x),
			bits.Len64(x), bits.Reverse8(uint8(x)))
	}
	fmt.Println("popcounts 0..15:", popcountTable(16))
	for _, x := range []uint32{0, 1, 3, 5, 16, 17, 1000, 1 << 30} {
		fmt.Printf("nextPow2(%d) = %d\n", x, nextPow2(x))
	}
	fmt.Printf("rotl8(0b10010011, 3) = %08b\n", bits.RotateLeft8(0b10010011, 3))
	fmt.Printf("rotl32(1, -1) = %#x\n", bits.RotateLeft32(1, -1))
	fmt.Printf("bswap16(0x1234) = %#x\n", bits.ReverseBytes16(0x1234))

	hi, lo := bits.Mul64(1<<63, 6)
	fmt.Println("mul64 hi lo:", hi, lo)
	sum, carry := bits.Add64(^uint64(0), 2, 0)
	fmt.Println("add64 sum carry:", sum, carry)
	diff, borrow := bits.Sub64(1, 2, 0)
	fmt.Println("sub64 diff borrow:", diff, borrow)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println("div64 q r:", q, r)
	fmt.Println("UintSize:", bits.UintSize)
	subsets([]string{"a", "b", "c"})
}
