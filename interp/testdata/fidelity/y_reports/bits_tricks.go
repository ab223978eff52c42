package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type Perm uint16

const (
	Read Perm = 1 << iota
	Write
	Exec
	Admin Perm = 1 << 15
)

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	for _, x := range []struct {
		bit  Perm
		name string
	}{{Read, "r"}, {Write, "w"}, {Exec, "x"}, {Admin, "A"}} {
		if p&x.bit != 0 {
			parts = append(parts, x.name)
			p &^= x.bit
		}
	}
	if p != 0 {
		parts = append(parts, fmt.Sprintf("%#x", uint16(p)))
	}
	return strings.Join(parts, "|")
}

type BitSet []uint64

func (b *BitSet) Set(i int) {
	for i/64 >= len(*b) {
		*b = append(*b, 0)
	}
	(*b)[i/64] |= 1 << (i % 64)
}

func (b BitSet) Has(i int) bool { return i/64 < len(b) && b[i/64]&(1<<(i%64)) != 0 }

func (b BitSet) Count() (n int) {
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return
}

func (b BitSet) Members() []int {
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

func sieve(n int) BitSet {
	var composite BitSet
	composite.Set(n)
	for i := 2; i*i <= n; i++ {
		if !composite.Has(i) {
			for j := i * i; j <= n; j += i {
				composite.Set(j)
			}
		}
	}
	return composite
}

func main() {
	p := Read | Exec
	fmt.Println(p, p|Write, p&^Read, Perm(0), Admin|Read, Perm(0x18))
	fmt.Printf("%v %d %b %s\n", p, p, p, []Perm{Write, Admin})
	var bs BitSet
	for _, i := range []int{1, 3, 64, 130, 3} {
		bs.Set(i)
	}
	fmt.Println(bs.Count(), bs.Members(), bs.Has(64), bs.Has(65), len(bs))
	comp := sieve(60)
	var primes []int
	for i := 2; i < 60; i++ {
		if !comp.Has(i) {
			primes = append(primes, i)
		}
	}
	fmt.Println(primes)
	x := uint32(0b1011_0000)
	fmt.Println(bits.LeadingZeros32(x), bits.TrailingZeros32(x), bits.Len32(x), bits.OnesCount32(x))
	fmt.Printf("%032b\n%08b %d\n", bits.Reverse32(x), bits.Reverse8(0b0001_0110), bits.RotateLeft8(0b1000_0001, 1))
	hi, lo := bits.Mul64(1<<63, 6)
	sum, carry := bits.Add64(^uint64(0), 1, 0)
	fmt.Println(hi, lo, sum, carry)
	n := 40
	u8, m8 := uint8(200), int8(-128)
	u8 += 100
	m8 /= -1
	fmt.Println(n&(n-1) == 0, 64&63 == 0, n&-n, ^n, -n>>1, u8, m8)
	var i8 int8 = 127
	i8++
	fmt.Println(i8, uint16(1)<<15>>14, 1<<3|1, 7&^5, 6^3)
}
