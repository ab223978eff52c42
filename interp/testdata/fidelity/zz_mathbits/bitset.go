package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type BitSet struct {
	words []uint64
}

func (b *BitSet) grow(i int) {
	for len(b.words) <= i/64 {
		b.words = append(b.words, 0)
	}
}
func (b *BitSet) Set(i int) *BitSet { b.grow(i); b.words[i/64] |= 1 << (i % 64); return b }
func (b *BitSet) Clear(i int) {
	if i/64 < len(b.words) {
		b.words[i/64] &^= 1 << (i % 64)
	}
}
func (b *BitSet) Has(i int) bool { return i/64 < len(b.words) && b.words[i/64]&(1<<(i%64)) != 0 }
func (b *BitSet) Count() int {
	n := 0
	for _, w := range b.words {
		n += bits.OnesCount64(w)
	}
	return n
}
func (b *BitSet) And(o *BitSet) *BitSet {
	r := &BitSet{words: make([]uint64, min(len(b.words), len(o.words)))}
	for i := range r.words {
		r.words[i] = b.words[i] & o.words[i]
	}
	return r
}
func (b *BitSet) Or(o *BitSet) *BitSet {
	r := &BitSet{words: make([]uint64, max(len(b.words), len(o.words)))}
	for i := range r.words {
		if i < len(b.words) {
			r.words[i] |= b.words[i]
		}
		if i < len(o.words) {
			r.words[i] |= o.words[i]
		}
	}
	return r
}
func (b *BitSet) Members() []int {
	var out []int
	for wi, w := range b.words {
		for w != 0 {
			t := bits.TrailingZeros64(w)
			out = append(out, wi*64+t)
			w &= w - 1
		}
	}
	return out
}
func (b *BitSet) String() string {
	parts := make([]string, 0)
	for _, m := range b.Members() {
		parts = append(parts, fmt.Sprint(m))
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func sieve(n int) *BitSet {
	composite := &BitSet{}
	composite.grow(n)
	primes := &BitSet{}
	for i := 2; i <= n; i++ {
		if !composite.Has(i) {
			primes.Set(i)
			for j := i * i; j <= n; j += i {
				composite.Set(j)
			}
		}
	}
	return primes
}

func main() {
	a := (&BitSet{}).Set(1).Set(3).Set(64).Set(130)
	b := (&BitSet{}).Set(3).Set(4).Set(130).Set(200)
	fmt.Println(a, b, a.And(b), a.Or(b))
	fmt.Println(a.Count(), b.Has(200), b.Has(199), len(a.Or(b).words))
	a.Clear(64)
	a.Clear(1000)
	fmt.Println(a, a.Count())
	p := sieve(100)
	fmt.Println(p.Count(), p)
	x := uint32(0b1011_0000)
	fmt.Printf("%08b lz=%d tz=%d ones=%d rev=%032b len=%d\n", x, bits.LeadingZeros32(x), bits.TrailingZeros32(x), bits.OnesCount32(x), bits.Reverse32(x), bits.Len32(x))
	hi, lo := bits.Mul64(1<<63, 6)
	sum, carry := bits.Add64(^uint64(0), 1, 0)
	fmt.Println(hi, lo, sum, carry, bits.RotateLeft8(0b1000_0001, 1))
	var flags uint16 = 0xF0F0
	flags ^= 0x00FF
	flags &^= 0x0F00
	fmt.Printf("%#04x %016b %d\n", flags, flags, int16(flags))
}
