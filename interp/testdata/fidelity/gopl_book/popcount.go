// Package popcount in the style of gopl.io/ch2/popcount, with the exercises.
package main

import "fmt"

// pc[i] is the population count of i.
var pc [256]byte

func init() {
	for i := range pc {
		pc[i] = pc[i/2] + byte(i&1)
	}
}

// PopCount returns the population count (number of set bits) of x.
func PopCount(x uint64) int {
	return int(pc[byte(x>>(0*8))] +
		pc[byte(x>>(1*8))] +
		pc[byte(x>>(2*8))] +
		pc[byte(x>>(3*8))] +
		pc[byte(x>>(4*8))] +
		pc[byte(x>>(5*8))] +
		pc[byte(x>>(6*8))] +
		pc[byte(x>>(7*8))])
}

// PopCountLoop is exercise 2.3.
func PopCountLoop(x uint64) int {
	var n byte
	for i := uint(0); i < 8; i++ {
		n += pc[byte(x>>(i*8))]
	}
	return int(n)
}

// PopCountShift is exercise 2.4.
func PopCountShift(x uint64) (n int) {
	for i := 0; i < 64; i++ {
		if x&1 != 0 {
			n++
		}
		x >>= 1
	}
	return
}

// PopCountClear is exercise 2.5.
func PopCountClear(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

// exercise 4.1: count differing bits in two SHA-like digests
func diffBits(a, b [8]byte) int {
	n := 0
	for i := range a {
		n += int(pc[a[i]^b[i]])
	}
	return n
}

func main() {
	fmt.Println(pc[:16])
	inputs := []uint64{0, 1, 0xFF, 0x1234567890ABCDEF, 1<<63 | 1, ^uint64(0), 0xAAAAAAAAAAAAAAAA}
	for _, x := range inputs {
		a, b, c, d := PopCount(x), PopCountLoop(x), PopCountShift(x), PopCountClear(x)
		fmt.Printf("%#018x %2d %2d %2d %2d agree=%t\n", x, a, b, c, d, a == b && b == c && c == d)
	}
	x := [8]byte{1, 2, 3, 4, 5, 6, 7, 8}
	y := x
	y[0] ^= 0xFF
	y[7] = 0
	fmt.Println(diffBits(x, y), diffBits(x, x), x == y)
	fmt.Printf("%x\n%X\n%08b\n", x, y, x[:3])
	var total int
	for i := uint64(0); i < 1<<12; i++ {
		total += PopCount(i)
	}
	fmt.Println("total bits 0..4095:", total)
}
