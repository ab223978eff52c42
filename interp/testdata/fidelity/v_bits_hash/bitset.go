package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type BitSet []uint64

func NewBitSet(n int) BitSet { return make(BitSet, (n+63)/64) }

func (b BitSet) Set(i int)      { b[i/64] |= 1 << (uint(i) % 64) }
func (b BitSet) Clear(i int)    { b[i/64] &^= 1 << (uint(i) % 64) }
func (b BitSet) Has(i int) bool { return b[i/64]&(1<<(uint(i)%64)) != 0 }
func (b BitSet) Count() (n int) {
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return
}

func (b BitSet) Union(o BitSet) BitSet {
	r := make(BitSet, len(b))
	for i := range b {
		r[i] = b[i] | o[i]
	}
	return r
}

func (b BitSet) String() string {
	var sb strings.Builder
	sb.WriteByte('{')
	first := true
	for i, w := range b {
		for w != 0 {
			t := bits.TrailingZeros64(w)
			if !first {
				sb.WriteByte(' ')
			}
			first = false
			fmt.Fprint(&sb, i*64+t)
			w &= w - 1
		}
	}
	sb.WriteByte('}')
	return sb.String()
}

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	var s []string
	for _, x := range []struct {
		p Perm
		n string
	}{{Read, "r"}, {Write, "w"}, {Exec, "x"}} {
		if p&x.p != 0 {
			s = append(s, x.n)
		} else {
			s = append(s, "-")
		}
	}
	return strings.Join(s, "")
}

func sieve(n int) BitSet {
	composite := NewBitSet(n + 1)
	for i := 2; i*i <= n; i++ {
		if !composite.Has(i) {
			for j := i * i; j <= n; j += i {
				composite.Set(j)
			}
		}
	}
	primes := NewBitSet(n + 1)
	for i := 2; i <= n; i++ {
		if !composite.Has(i) {
			primes.Set(i)
		}
	}
	return primes
}

func main() {
	p := sieve(130)
	fmt.Println(p, p.Count())
	a, b := NewBitSet(100), NewBitSet(100)
	a.Set(1)
	a.Set(70)
	b.Set(70)
	b.Set(99)
	u := a.Union(b)
	u.Clear(1)
	fmt.Println(u, u.Has(99), u.Has(1))
	perms := []Perm{Read, Read | Write, Read | Write | Exec, 0, Exec}
	fmt.Println(perms)
	fmt.Printf("%v %d %s %08b\n", Write|Exec, Write|Exec, Perm(7), Read|Exec)
	var x int8 = -128
	fmt.Println(x/-1, -x, x>>1, uint8(x)>>1)
	var y uint = 1
	fmt.Println(y<<63>>62, ^y, -y)
}
