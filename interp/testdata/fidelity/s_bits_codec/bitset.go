package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type Bitset []uint64

func NewBitset(n int) Bitset { return make(Bitset, (n+63)/64) }

func (b Bitset) Set(i int)      { b[i/64] |= 1 << (uint(i) % 64) }
func (b Bitset) Clear(i int)    { b[i/64] &^= 1 << (uint(i) % 64) }
func (b Bitset) Has(i int) bool { return b[i/64]&(1<<(uint(i)%64)) != 0 }
func (b Bitset) Count() (n int) {
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return
}

func (b Bitset) Each(f func(int)) {
	for wi, w := range b {
		for w != 0 {
			t := bits.TrailingZeros64(w)
			f(wi*64 + t)
			w &= w - 1
		}
	}
}

func (b Bitset) String() string {
	var parts []string
	b.Each(func(i int) { parts = append(parts, fmt.Sprint(i)) })
	return "{" + strings.Join(parts, " ") + "}"
}

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	Admin Perm = Read | Write | Exec
)

func (p Perm) String() string {
	var sb strings.Builder
	for i, c := range "rwx" {
		if p&(1<<i) != 0 {
			sb.WriteRune(c)
		} else {
			sb.WriteByte('-')
		}
	}
	return sb.String()
}

func main() {
	sieve := NewBitset(130)
	for i := 2; i < 130; i++ {
		sieve.Set(i)
	}
	for i := 2; i*i < 130; i++ {
		if sieve.Has(i) {
			for j := i * i; j < 130; j += i {
				sieve.Clear(j)
			}
		}
	}
	fmt.Println(sieve.Count(), sieve)
	fmt.Printf("%064b\n%x\n", sieve[0], sieve[1])
	for _, p := range []Perm{0, Read, Read | Exec, Admin, Admin &^ Write, ^Perm(0)} {
		fmt.Printf("%08b %v %d\n", uint8(p), p, p)
	}
	x := uint32(0xF0F0_1234)
	fmt.Println(bits.LeadingZeros32(x>>9), bits.Len32(x), bits.Reverse8(0b0001_0110), bits.RotateLeft16(0x8001, 4))
	hi, lo := bits.Mul64(1<<63, 6)
	sum, carry := bits.Add64(^uint64(0), 2, 0)
	fmt.Println(hi, lo, sum, carry)
	var i8 int8 = 127
	i8++
	var u uint = 0
	u--
	fmt.Println(i8, u == ^uint(0), -7>>1, -7/2, uint8(300&0xff), 1<<3|1<<1)
}
