// Numeric and character verbs with flags: bases, exponents, padding,
// signs, quoting and Unicode.
package main

import (
	"fmt"
	"math"
)

type Flags uint8

const (
	Read Flags = 1 << iota
	Write
	Exec
)

func main() {
	n := 3054
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%O|%b\n", n, 42, 42, 42, n, n, n, n, n, n, n, n, 5)
	fmt.Printf("%08b|%#b|%x|%X|% x|%#X\n", Read|Exec, Write, -255, uint8(200), []byte{1, 171, 255}, "hi")
	fmt.Printf("%c|%q|%U|%#U|%x|%d\n", 'G', 'é', '⌘', '⌘', 'A', 'A')
	fmt.Printf("%q|%+q|%#q|%x|% X|%s\n", "tab\there", "naïve", "back`tick", "naïve", "Go", []byte("bytes"))

	f := 1234.5678
	fmt.Printf("%f|%.2f|%8.3f|%-10.1f|%010.2f|%+.3f\n", f, f, f, f, f, f)
	fmt.Printf("%e|%E|%.3e|%g|%G|%.3g|%10.4g|\n", f, f, f, f, f*1e20, f, f)
	fmt.Printf("%g|%g|%g|%v|%v\n", 1e21, 1e-7, 100000.0, float32(0.1), 1.0)
	fmt.Printf("%v|%v|%v|%.2f|%5.1f|%x\n", math.Inf(1), math.Inf(-1), math.NaN(), math.Inf(1), -0.04, 1.0)
	fmt.Printf("%b|%.3b\n", 8.0, 1.5)

	c := complex(1.5, -2)
	fmt.Printf("%v|%.1f|%g|%+.2e\n", c, c, c, c)

	fmt.Printf("%t|%v|%5t|%-6t|\n", true, false, true, false)
	fmt.Printf("%6.2f%%|%3c|%-4q|\n", 99.5, 'x', 'y')

	var u8 uint8 = 255
	var i8 int8 = -128
	var u64 uint64 = math.MaxUint64
	fmt.Printf("%d %d %d %x %o\n", u8, i8, u64, u64, i8)
	fmt.Printf("%d %v %s\n", []int{1, 2}, [3]bool{true}, []string{"a", "b"})
	fmt.Printf("%x %X %08.3f\n", []int{10, 255}, [2]uint16{4096, 15}, []float64{3.14159, -2})
	fmt.Printf("%5d|%-5d|%05d\n", []int{1, 22}, []int{3}, []int{-4})
	fmt.Printf("%q %v %d\n", []rune("hé"), []rune("hé"), []byte("hé"))
	fmt.Printf("%.3s|%.10s|%5.2s|%.0d|%.5d\n", "abcdef", "ab", "xyz", 0, 42)
	fmt.Printf("%6.3v|%-8v|%08v\n", math.Pi, "left", 3.5)
	fmt.Printf("%v %d %s\n", Read|Write, Exec, fmt.Sprint(Flags(7)))
}
