package main

import (
	"fmt"
	"math/bits"
)

type BitSet uint64

func (b BitSet) Has(i int) bool { return b&(1<<uint(i)) != 0 }
func (b *BitSet) Set(i int)     { *b |= 1 << uint(i) }
func (b *BitSet) Clear(i int)   { *b &^= 1 << uint(i) }
func (b BitSet) Count() int     { return bits.OnesCount64(uint64(b)) }
func (b BitSet) String() string {
	s := "{"
	first := true
	for x := uint64(b); x != 0; x &= x - 1 {
		i := bits.TrailingZeros64(x)
		if !first {
			s += ","
		}
		s += fmt.Sprint(i)
		first = false
	}
	return s + "}"
}

func nextPow2(x uint32) uint32 {
	if x <= 1 {
		return 1
	}
	return 1 << (32 - bits.LeadingZeros32(x-1))
}

func main() {
	var s BitSet
	for _, i := range []int{1, 3, 5, 7, 63} {
		s.Set(i)
	}
	s.Clear(5)
	fmt.Println(s, s.Count(), s.Has(3), s.Has(5))
	fmt.Printf("%064b\n", uint64(s))

	for _, v := range []uint32{0, 1, 5, 16, 17, 1000} {
		fmt.Printf("nextPow2(%d)=%d len=%d\n", v, nextPow2(v), bits.Len32(v))
	}

	x := uint8(0b10110010)
	fmt.Printf("%08b rev=%08b rot3=%08b rot-2=%08b\n", x, bits.Reverse8(x), bits.RotateLeft8(x, 3), bits.RotateLeft8(x, -2))
	fmt.Printf("%016x\n", bits.ReverseBytes64(0x0102030405060708))

	hi, lo := bits.Mul64(0xFFFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF)
	fmt.Printf("mul hi=%x lo=%x\n", hi, lo)
	sum, carry := bits.Add64(1<<63, 1<<63, 1)
	fmt.Println("add:", sum, carry)
	diff, borrow := bits.Sub64(0, 1, 0)
	fmt.Println("sub:", diff, borrow)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println("div:", q, r)

	// popcount table
	for n := uint(0); n < 8; n++ {
		fmt.Print(bits.OnesCount(n), " ")
	}
	fmt.Println()
	fmt.Println(bits.UintSize, bits.TrailingZeros16(0), bits.LeadingZeros64(1))

	// gray code
	for i := uint(0); i < 8; i++ {
		g := i ^ (i >> 1)
		fmt.Printf("%d:%03b ", i, g)
	}
	fmt.Println()
}
