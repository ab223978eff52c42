package main

import (
	"fmt"
	"math"
	"math/bits"
	"strings"
)

type Bitset []uint64

func NewBitset(n int) Bitset { return make(Bitset, (n+63)/64) }
func (b Bitset) Set(i int)   { b[i/64] |= 1 << (uint(i) % 64) }
func (b Bitset) Has(i int) bool {
	return b[i/64]&(1<<(uint(i)%64)) != 0
}
func (b Bitset) Count() int {
	n := 0
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return n
}

func (b Bitset) Members() []int {
	var out []int
	for wi, w := range b {
		for w != 0 {
			t := bits.TrailingZeros64(w)
			out = append(out, wi*64+t)
			w &= w - 1
		}
	}
	return out
}

func subsets(items []string) []string {
	var out []string
	for mask := uint(0); mask < 1<<len(items); mask++ {
		var parts []string
		for i := range items {
			if mask&(1<<i) != 0 {
				parts = append(parts, items[i])
			}
		}
		out = append(out, fmt.Sprintf("%03b{%s}", mask, strings.Join(parts, ",")))
	}
	return out
}

func main() {
	sieve := NewBitset(130)
	for i := 2; i < 130; i++ {
		sieve.Set(i)
	}
	for i := 2; i*i < 130; i++ {
		if sieve.Has(i) {
			for j := i * i; j < 130; j += i {
				sieve[j/64] &^= 1 << (uint(j) % 64)
			}
		}
	}
	fmt.Println(sieve.Count(), sieve.Members())
	for _, x := range []uint32{0, 1, 12, 255, 1 << 31, math.MaxUint32} {
		fmt.Printf("%10d len=%2d lz=%2d tz=%2d ones=%2d rev=%08x\n", x, bits.Len32(x), bits.LeadingZeros32(x), bits.TrailingZeros32(x), bits.OnesCount32(x), bits.Reverse32(x))
	}
	hi, lo := bits.Mul64(math.MaxUint64, 3)
	sum, carry := bits.Add64(math.MaxUint64, 1, 0)
	diff, borrow := bits.Sub64(0, 1, 0)
	fmt.Println(hi, lo, sum, carry, diff, borrow)
	q, r := bits.Div64(1, 0, 7)
	fmt.Println(q, r, bits.RotateLeft8(0b1001_0110, 3), bits.ReverseBytes16(0x1234) == 0x3412)
	fmt.Println(subsets([]string{"a", "b", "c"}))
	var x int8 = 127
	x++
	var u uint8 = 0
	u--
	big := 70000
	m := int64(math.MinInt64)
	i32 := int32(math.MaxInt32)
	fmt.Println(x, u, -m == m, uint16(big), i32+1 < 0)
	f := 0.1 + 0.2
	fmt.Println(f, f == 0.3, math.Float64bits(1.0), math.Nextafter(1, 2)-1, math.Abs(f-0.3) < 1e-9)
}
