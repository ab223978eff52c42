package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type BitSet struct {
	words []uint64
}

func (b *BitSet) Set(i uint) {
	w := i / 64
	for uint(len(b.words)) <= w {
		b.words = append(b.words, 0)
	}
	b.words[w] |= 1 << (i % 64)
}

func (b *BitSet) Clear(i uint) {
	if w := i / 64; w < uint(len(b.words)) {
		b.words[w] &^= 1 << (i % 64)
	}
}

func (b *BitSet) Has(i uint) bool {
	w := i / 64
	return w < uint(len(b.words)) && b.words[w]&(1<<(i%64)) != 0
}

func (b *BitSet) Count() int {
	n := 0
	for _, w := range b.words {
		n += bits.OnesCount64(w)
	}
	return n
}

func (b *BitSet) Union(o *BitSet) *BitSet {
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

func (b *BitSet) Items() []uint {
	var out []uint
	for wi, w := range b.words {
		for w != 0 {
			t := bits.TrailingZeros64(w)
			out = append(out, uint(wi*64+t))
			w &= w - 1
		}
	}
	return out
}

func (b *BitSet) String() string {
	var sb strings.Builder
	sb.WriteByte('{')
	for i, v := range b.Items() {
		if i > 0 {
			sb.WriteByte(' ')
		}
		fmt.Fprint(&sb, v)
	}
	sb.WriteByte('}')
	return sb.String()
}

func sieve(n uint) *BitSet {
	composite := &BitSet{}
	primes := &BitSet{}
	for i := uint(2); i <= n; i++ {
		if composite.Has(i) {
			continue
		}
		primes.Set(i)
		for j := i * i; j <= n; j += i {
			composite.Set(j)
		}
	}
	return primes
}

func main() {
	var b BitSet
	for _, i := range []uint{1, 3, 5, 64, 65, 130} {
		b.Set(i)
	}
	fmt.Println(&b, b.Count(), len(b.words))
	b.Clear(3)
	b.Clear(1000)
	fmt.Println(b.Has(3), b.Has(64), b.Has(999), b.String())
	p := sieve(100)
	fmt.Println("primes:", p.Count(), p)
	odd := &BitSet{}
	for i := uint(1); i < 20; i += 2 {
		odd.Set(i)
	}
	fmt.Println("union:", odd.Union(p).Count())
	x := uint32(0b1011_0000)
	fmt.Println(bits.LeadingZeros32(x), bits.TrailingZeros32(x), bits.OnesCount32(x), bits.Len32(x))
	fmt.Printf("%08b %08b %032b\n", bits.Reverse8(0b0001_0110), bits.RotateLeft8(0b1000_0001, 1), bits.ReverseBytes32(0x01020304))
	hi, lo := bits.Mul64(1<<63, 4)
	sum, carry := bits.Add64(^uint64(0), 1, 0)
	fmt.Println(hi, lo, sum, carry)
	var flags uint8
	flags |= 1 << 2
	flags ^= 0xFF
	fmt.Printf("%08b %d %v\n", flags, flags&^0x0F, flags>>4 == 0xF)
	n := -8
	fmt.Println(n>>1, uint8(n), n&7, ^n, -n%3)
}
