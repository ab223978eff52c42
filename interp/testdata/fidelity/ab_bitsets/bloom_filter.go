package main

import (
	"encoding/binary"
	"fmt"
	"hash"
	"hash/fnv"
	"math"
	"strings"
)

type Bloom struct {
	bits   []uint64
	m      uint64
	k      int
	h1, h2 hash.Hash64
	added  int
}

func NewBloom(expected int, fpRate float64) *Bloom {
	m := uint64(math.Ceil(-float64(expected) * math.Log(fpRate) / (math.Ln2 * math.Ln2)))
	k := int(math.Round(float64(m) / float64(expected) * math.Ln2))
	return &Bloom{bits: make([]uint64, (m+63)/64), m: m, k: max(k, 1), h1: fnv.New64(), h2: fnv.New64a()}
}

func (b *Bloom) hashes(data []byte) (uint64, uint64) {
	b.h1.Reset()
	b.h1.Write(data)
	b.h2.Reset()
	b.h2.Write(data)
	return b.h1.Sum64(), b.h2.Sum64() | 1
}

func (b *Bloom) Add(s string) {
	x, y := b.hashes([]byte(s))
	for i := 0; i < b.k; i++ {
		pos := (x + uint64(i)*y) % b.m
		b.bits[pos/64] |= 1 << (pos % 64)
	}
	b.added++
}

func (b *Bloom) MayContain(s string) bool {
	x, y := b.hashes([]byte(s))
	for i := 0; i < b.k; i++ {
		pos := (x + uint64(i)*y) % b.m
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

func (b *Bloom) MarshalBinary() ([]byte, error) {
	buf := make([]byte, 0, 16+8*len(b.bits))
	buf = binary.BigEndian.AppendUint64(buf, b.m)
	buf = binary.BigEndian.AppendUint32(buf, uint32(b.k))
	buf = binary.BigEndian.AppendUint32(buf, uint32(b.added))
	for _, w := range b.bits {
		buf = binary.LittleEndian.AppendUint64(buf, w)
	}
	return buf, nil
}

func (b *Bloom) UnmarshalBinary(data []byte) error {
	if len(data) < 16 {
		return fmt.Errorf("bloom: short header (%d bytes)", len(data))
	}
	b.m = binary.BigEndian.Uint64(data)
	b.k = int(binary.BigEndian.Uint32(data[8:]))
	b.added = int(binary.BigEndian.Uint32(data[12:]))
	words := (b.m + 63) / 64
	if uint64(len(data)-16) != 8*words {
		return fmt.Errorf("bloom: want %d words, have %d bytes", words, len(data)-16)
	}
	b.bits = make([]uint64, words)
	for i := range b.bits {
		b.bits[i] = binary.LittleEndian.Uint64(data[16+8*i:])
	}
	b.h1, b.h2 = fnv.New64(), fnv.New64a()
	return nil
}

func main() {
	bf := NewBloom(200, 0.01)
	fmt.Printf("m=%d k=%d words=%d\n", bf.m, bf.k, len(bf.bits))
	for i := 0; i < 200; i++ {
		bf.Add(fmt.Sprintf("user-%04d", i*7))
	}
	fp := 0
	for i := 0; i < 2000; i++ {
		key := fmt.Sprintf("user-%04d", i)
		member := i%7 == 0 && i/7 < 200
		got := bf.MayContain(key)
		if member && !got {
			fmt.Println("false negative!", key)
		}
		if !member && got {
			fp++
		}
	}
	fmt.Printf("false positives %d/%d fill %.3f\n", fp, 2000-200, bf.FillRatio())
	data, _ := bf.MarshalBinary()
	fmt.Println("encoded", len(data), "bytes, header", fmt.Sprintf("% x", data[:16]))
	var back Bloom
	if err := back.UnmarshalBinary(data); err != nil {
		fmt.Println(err)
	}
	same := true
	for i := 0; i < 500; i++ {
		k := fmt.Sprintf("user-%04d", i)
		if back.MayContain(k) != bf.MayContain(k) {
			same = false
		}
	}
	fmt.Println("round trip same:", same, back.added, back.k)
	fmt.Println(back.UnmarshalBinary(data[:10]))
	fmt.Println(back.UnmarshalBinary(data[:40]))
	h := fnv.New32a()
	for _, w := range strings.Fields("the quick brown fox") {
		h.Reset()
		h.Write([]byte(w))
		fmt.Printf("%s:%08x ", w, h.Sum32())
	}
	fmt.Println()
	var hh hash.Hash = fnv.New128a()
	hh.Write([]byte("gopad"))
	fmt.Printf("%x %d %d\n", hh.Sum(nil), hh.Size(), hh.BlockSize())
}
