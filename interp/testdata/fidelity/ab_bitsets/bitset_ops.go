package main

import (
	"fmt"
	"iter"
	"math/bits"
	"strings"
)

type BitSet struct {
	words []uint64
}

func (b *BitSet) grow(i int) {
	need := i/64 + 1
	if need > len(b.words) {
		b.words = append(b.words, make([]uint64, need-len(b.words))...)
	}
}

func (b *BitSet) Set(is ...int) *BitSet {
	for _, i := range is {
		b.grow(i)
		b.words[i/64] |= 1 << (uint(i) % 64)
	}
	return b
}

func (b *BitSet) Clear(i int) {
	if i/64 < len(b.words) {
		b.words[i/64] &^= 1 << (uint(i) % 64)
	}
}

func (b *BitSet) Has(i int) bool {
	return i/64 < len(b.words) && b.words[i/64]&(1<<(uint(i)%64)) != 0
}

func (b *BitSet) Len() (n int) {
	for _, w := range b.words {
		n += bits.OnesCount64(w)
	}
	return
}

func (b *BitSet) All() iter.Seq[int] {
	return func(yield func(int) bool) {
		for wi, w := range b.words {
			for w != 0 {
				t := bits.TrailingZeros64(w)
				if !yield(wi*64 + t) {
					return
				}
				w &= w - 1
			}
		}
	}
}

type op func(a, b uint64) uint64

func combine(a, b *BitSet, f op) *BitSet {
	n := max(len(a.words), len(b.words))
	out := &BitSet{words: make([]uint64, n)}
	for i := range n {
		var x, y uint64
		if i < len(a.words) {
			x = a.words[i]
		}
		if i < len(b.words) {
			y = b.words[i]
		}
		out.words[i] = f(x, y)
	}
	return out
}

func (b *BitSet) Union(o *BitSet) *BitSet {
	return combine(b, o, func(x, y uint64) uint64 { return x | y })
}
func (b *BitSet) Intersect(o *BitSet) *BitSet {
	return combine(b, o, func(x, y uint64) uint64 { return x & y })
}
func (b *BitSet) Minus(o *BitSet) *BitSet {
	return combine(b, o, func(x, y uint64) uint64 { return x &^ y })
}
func (b *BitSet) Xor(o *BitSet) *BitSet {
	return combine(b, o, func(x, y uint64) uint64 { return x ^ y })
}

func (b *BitSet) String() string {
	var parts []string
	start, prev := -2, -2
	flush := func() {
		if start < 0 {
			return
		}
		if start == prev {
			parts = append(parts, fmt.Sprint(start))
		} else {
			parts = append(parts, fmt.Sprintf("%d-%d", start, prev))
		}
	}
	for i := range b.All() {
		if i != prev+1 {
			flush()
			start = i
		}
		prev = i
	}
	flush()
	return "{" + strings.Join(parts, ",") + "}"
}

func sieve(n int) *BitSet {
	composite := &BitSet{}
	composite.Set(n)
	composite.Set(0, 1)
	for i := 2; i*i <= n; i++ {
		if !composite.Has(i) {
			for j := i * i; j <= n; j += i {
				composite.Set(j)
			}
		}
	}
	all := &BitSet{}
	for i := 0; i <= n; i++ {
		all.Set(i)
	}
	return all.Minus(composite)
}

func main() {
	a := (&BitSet{}).Set(1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144)
	b := (&BitSet{}).Set(2, 3, 4, 5, 6, 7, 8, 100, 144, 200)
	fmt.Println("a =", a, a.Len())
	fmt.Println("b =", b, b.Len())
	fmt.Println("a|b", a.Union(b))
	fmt.Println("a&b", a.Intersect(b))
	fmt.Println("a-b", a.Minus(b))
	fmt.Println("a^b", a.Xor(b))
	a.Clear(144)
	a.Clear(1000)
	fmt.Println(a.Has(144), a.Has(89), a.Has(5000), len(a.words), len(b.words))
	p := sieve(120)
	fmt.Println("primes:", p.Len(), p)
	n := 0
	for x := range p.All() {
		if x > 50 {
			break
		}
		n += x
	}
	fmt.Println("sum of primes <= 50:", n)
	w := uint64(0xF0F0_0000_0000_0001)
	fmt.Println(bits.OnesCount64(w), bits.LeadingZeros64(w), bits.TrailingZeros64(w), bits.Len64(w))
	fmt.Printf("%064b\n%#x %x\n", bits.Reverse64(w), bits.RotateLeft64(w, 4), bits.ReverseBytes64(w))
	hi, lo := bits.Mul64(w, 3)
	sum, carry := bits.Add64(w, w, 0)
	fmt.Println(hi, lo, sum, carry)
	fmt.Printf("%v %d\n", (&BitSet{}).Set(63, 64, 65), (&BitSet{}).Set(63, 64, 65).words)
}
