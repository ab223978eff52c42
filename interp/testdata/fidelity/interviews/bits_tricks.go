package main

import (
	"fmt"
	"math/bits"
	"strconv"
)

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func isPowerOfTwo(x int) bool { return x > 0 && x&(x-1) == 0 }

func reverseBits(x uint32) uint32 {
	var r uint32
	for i := 0; i < 32; i++ {
		r = r<<1 | x&1
		x >>= 1
	}
	return r
}

func singleNumber(nums []int) int {
	r := 0
	for _, n := range nums {
		r ^= n
	}
	return r
}

func subsets(items []string) [][]string {
	var out [][]string
	for mask := 0; mask < 1<<len(items); mask++ {
		var s []string
		for i := range items {
			if mask&(1<<i) != 0 {
				s = append(s, items[i])
			}
		}
		out = append(out, s)
	}
	return out
}

type Flags uint16

const (
	FlagRead Flags = 1 << iota
	FlagWrite
	FlagAdmin
)

func (f Flags) Has(g Flags) bool { return f&g == g }

func main() {
	for _, x := range []uint64{0, 1, 255, 1 << 40, 0xdeadbeef} {
		fmt.Printf("%#x popcount=%d bits=%d lead=%d\n", x, popcount(x), bits.OnesCount64(x), bits.LeadingZeros64(x))
	}
	for _, x := range []int{0, 1, 6, 64, 1023, 1024} {
		fmt.Print(isPowerOfTwo(x), " ")
	}
	fmt.Println()
	fmt.Printf("%032b\n%032b\n", uint32(43261596), reverseBits(43261596))
	fmt.Println(singleNumber([]int{4, 1, 2, 1, 2}))
	fmt.Println(subsets([]string{"a", "b", "c"}))
	f := FlagRead | FlagAdmin
	fmt.Println(f, f.Has(FlagRead), f.Has(FlagWrite), f.Has(FlagRead|FlagAdmin), f&^FlagRead)
	n, _ := strconv.ParseUint("11110000", 2, 8)
	fmt.Println(n, uint8(n)>>4, ^uint8(n), int8(uint8(n)))
	var x int8 = -128
	fmt.Println(-x, x/-1, x>>1, uint8(x))
}
