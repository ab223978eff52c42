package main

import (
	"fmt"
	"math/bits"
	"strconv"
)

type Bitset uint64

func (b Bitset) Has(i uint) bool       { return b&(1<<i) != 0 }
func (b *Bitset) Set(i uint)           { *b |= 1 << i }
func (b *Bitset) Clear(i uint)         { *b &^= 1 << i }
func (b Bitset) Count() int            { return bits.OnesCount64(uint64(b)) }
func (b Bitset) String() string        { return fmt.Sprintf("%064b", uint64(b))[64-16:] }
func (b Bitset) Union(o Bitset) Bitset { return b | o }
func (b Bitset) Inter(o Bitset) Bitset { return b & o }
func (b Bitset) Lowest() (uint, bool)  { return uint(bits.TrailingZeros64(uint64(b))), b != 0 }
func isPow2(x uint) bool               { return x != 0 && x&(x-1) == 0 }
func nextPow2(x uint32) uint32         { return 1 << (32 - bits.LeadingZeros32(x-1)) }
func grayCode(n uint) uint             { return n ^ (n >> 1) }
func swapXor(a, b int) (int, int)      { a ^= b; b ^= a; a ^= b; return a, b }
func abs(x int64) int64                { m := x >> 63; return (x ^ m) - m }
func sign(x int) int                   { return (x >> 63) | int(uint(-x)>>63) }
func parity(x uint64) int              { return bits.OnesCount64(x) & 1 }
func reverseByte(b uint8) uint8        { return bits.Reverse8(b) }
func rotl(x uint16, k int) uint16      { return bits.RotateLeft16(x, k) }

func main() {
	var s Bitset
	for _, i := range []uint{1, 3, 5, 8, 13} {
		s.Set(i)
	}
	fmt.Println(s, s.Count(), s.Has(3), s.Has(4))
	s.Clear(3)
	low, ok := s.Lowest()
	fmt.Println(s, s.Count(), low, ok)
	t := Bitset(0xF0)
	fmt.Println("union:", s.Union(t), "inter:", s.Inter(t))
	fmt.Printf("%v %d %x %s\n", t, t, t, t)

	for _, x := range []uint{0, 1, 6, 8, 1024, 1023} {
		fmt.Printf("isPow2(%d)=%v ", x, isPow2(x))
	}
	fmt.Println()
	for _, x := range []uint32{1, 5, 17, 64, 1000} {
		fmt.Print(nextPow2(x), " ")
	}
	fmt.Println()
	for i := uint(0); i < 8; i++ {
		fmt.Printf("%d:%03b ", i, grayCode(i))
	}
	fmt.Println()
	fmt.Println(swapXor(3, 9))
	fmt.Println(abs(-42), abs(17), abs(-9223372036854775807))
	fmt.Println(sign(-5), sign(0), sign(12))
	fmt.Println("parity:", parity(7), parity(0xFF), parity(1<<63))
	fmt.Printf("rev %08b -> %08b\n", 0b00010110, reverseByte(0b00010110))
	fmt.Printf("rotl %016b\n", rotl(0x8001, 1))

	hi, lo := bits.Mul64(0xFFFFFFFFFFFFFFFF, 3)
	fmt.Println("mul64:", hi, lo)
	sum, carry := bits.Add64(1<<63, 1<<63, 1)
	fmt.Println("add64:", sum, carry)
	q, r := bits.Div64(1, 0, 7)
	fmt.Println("div64:", q, r)
	fmt.Println("len:", bits.Len(255), bits.Len64(0), bits.UintSize)
	fmt.Println("lz:", bits.LeadingZeros8(1), "tz:", bits.TrailingZeros16(0x100))
	fmt.Println(strconv.FormatUint(uint64(bits.ReverseBytes32(0x11223344)), 16))

	// subsets of {a,b,c,d} by bitmask
	items := []string{"a", "b", "c", "d"}
	for mask := 0; mask < 1<<len(items); mask++ {
		if bits.OnesCount(uint(mask)) != 2 {
			continue
		}
		var sub []string
		for i := range items {
			if mask>>i&1 == 1 {
				sub = append(sub, items[i])
			}
		}
		fmt.Print(sub, " ")
	}
	fmt.Println()
	var x int8 = -128
	fmt.Println(x>>1, uint8(x)>>1, ^x, -x, x-1)
	var u uint8 = 200
	fmt.Println(u+100, u<<1, u*2, ^u)
}
