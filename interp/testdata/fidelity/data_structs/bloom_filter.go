package main

import (
	"fmt"
	"hash/fnv"
	"math"
)

type Bloom struct {
	bits []uint64
	m    uint32
	k    uint32
	n    int
}

func NewBloom(expected int, fpRate float64) *Bloom {
	m := uint32(math.Ceil(-float64(expected) * math.Log(fpRate) / (math.Ln2 * math.Ln2)))
	k := uint32(math.Round(float64(m) / float64(expected) * math.Ln2))
	if k < 1 {
		k = 1
	}
	return &Bloom{bits: make([]uint64, (m+63)/64), m: m, k: k}
}

func (b *Bloom) hashes(s string) (uint32, uint32) {
	h1 := fnv.New32a()
	h1.Write([]byte(s))
	h2 := fnv.New32()
	h2.Write([]byte(s))
	return h1.Sum32(), h2.Sum32() | 1
}

func (b *Bloom) Add(s string) {
	a, c := b.hashes(s)
	for i := uint32(0); i < b.k; i++ {
		pos := (a + i*c) % b.m
		b.bits[pos/64] |= 1 << (pos % 64)
	}
	b.n++
}

func (b *Bloom) Test(s string) bool {
	a, c := b.hashes(s)
	for i := uint32(0); i < b.k; i++ {
		pos := (a + i*c) % b.m
		if b.bits[pos/64]&(1<<(pos%64)) == 0 {
			return false
		}
	}
	return true
}

func (b *Bloom) FillRatio() float64 {
	set := 0
	for _, w := range b.bits {
		for ; w != 0; w &= w - 1 {
			set++
		}
	}
	return float64(set) / float64(b.m)
}

func main() {
	b := NewBloom(200, 0.01)
	fmt.Printf("m=%d bits, k=%d hashes, words=%d\n", b.m, b.k, len(b.bits))
	for i := 0; i < 200; i++ {
		b.Add(fmt.Sprintf("user-%03d", i))
	}
	fmt.Printf("fill ratio %.3f after %d adds\n", b.FillRatio(), b.n)
	missing := 0
	for i := 0; i < 200; i++ {
		if !b.Test(fmt.Sprintf("user-%03d", i)) {
			missing++
		}
	}
	fmt.Println("false negatives:", missing)
	fp := 0
	var examples []string
	for i := 1000; i < 6000; i++ {
		k := fmt.Sprintf("user-%d", i)
		if b.Test(k) {
			fp++
			if len(examples) < 3 {
				examples = append(examples, k)
			}
		}
	}
	fmt.Printf("false positives: %d / 5000 (%.2f%%) e.g. %v\n", fp, float64(fp)/50, examples)

	h := fnv.New64a()
	h.Write([]byte("hello"))
	fmt.Printf("fnv64a(hello)=%x\n", h.Sum64())
	h32 := fnv.New32a()
	fmt.Fprintf(h32, "%s-%d", "key", 7)
	fmt.Printf("%d %08x %v\n", h32.Sum32(), h32.Sum(nil), h32.Size())
}
