package main

import (
	"fmt"
	"math"
	"math/bits"
	"math/cmplx"
)

func main() {
	for _, x := range []uint{0, 1, 12, 255, 1 << 20, math.MaxUint32} {
		fmt.Printf("%10d ones=%2d lz=%2d tz=%2d len=%2d\n", x, bits.OnesCount(x), bits.LeadingZeros32(uint32(x)), bits.TrailingZeros(x), bits.Len(x))
	}
	fmt.Printf("%08b\n", bits.Reverse8(0b00010110))
	fmt.Printf("%#04x\n", bits.ReverseBytes16(0x1234))
	fmt.Printf("%08b %08b\n", bits.RotateLeft8(0b10010001, 3), bits.RotateLeft8(0b10010001, -1))
	sum, carry := bits.Add64(math.MaxUint64, 2, 0)
	fmt.Println("add64:", sum, carry)
	diff, borrow := bits.Sub32(1, 2, 0)
	fmt.Println("sub32:", diff, borrow)
	hi, lo := bits.Mul64(1<<40, 1<<40)
	fmt.Println("mul64:", hi, lo)
	q, r := bits.Div32(1, 5, 7)
	fmt.Println("div32:", q, r)
	fmt.Println(bits.UintSize, bits.OnesCount64(0xF0F0F0F0F0F0F0F0), bits.Len8(9))

	var set uint64
	for _, b := range []int{1, 5, 9, 63} {
		set |= 1 << b
	}
	fmt.Print("members:")
	for s := set; s != 0; s &= s - 1 {
		fmt.Print(" ", bits.TrailingZeros64(s))
	}
	fmt.Println()

	z := complex(3, 4)
	fmt.Println(z, real(z), imag(z), cmplx.Abs(z))
	fmt.Printf("%.4f\n", cmplx.Sqrt(-1))
	fmt.Printf("%.4f\n", cmplx.Exp(complex(0, math.Pi)))
	r2, th := cmplx.Polar(complex(1, 1))
	fmt.Printf("polar: %.4f %.4f\n", r2, th)
	fmt.Printf("rect: %.4f\n", cmplx.Rect(2, math.Pi/2))
	fmt.Printf("conj: %v phase: %.4f\n", cmplx.Conj(z), cmplx.Phase(z))
	fmt.Printf("pow: %.3f log: %.3f\n", cmplx.Pow(z, 2), cmplx.Log(z))
	fmt.Println(cmplx.IsNaN(cmplx.NaN()), cmplx.IsInf(cmplx.Inf()))
	var c64 complex64 = 1.5 + 2i
	fmt.Println(c64*c64, c64 == complex64(complex(1.5, 2)))

	roots := make([]complex128, 0, 6)
	for k := 0; k < 6; k++ {
		roots = append(roots, cmplx.Rect(1, 2*math.Pi*float64(k)/6))
	}
	var total complex128
	for _, w := range roots {
		total += w
		fmt.Printf("(%.3f,%.3f) ", real(w), imag(w))
	}
	fmt.Println()
	fmt.Printf("sum ~ 0: %v\n", cmplx.Abs(total) < 1e-9)
	mandel := func(c complex128) int {
		var z complex128
		for i := 0; i < 50; i++ {
			z = z*z + c
			if cmplx.Abs(z) > 2 {
				return i
			}
		}
		return 50
	}
	for y := 1.0; y >= -1.0; y -= 0.5 {
		for x := -2.0; x <= 0.5; x += 0.25 {
			if mandel(complex(x, y)) == 50 {
				fmt.Print("#")
			} else {
				fmt.Print(".")
			}
		}
		fmt.Println()
	}
}
