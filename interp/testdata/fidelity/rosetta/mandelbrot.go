package main

import (
	"fmt"
	"math"
	"math/cmplx"
	"strings"
)

const (
	width   = 60
	height  = 24
	maxIter = 50
)

func mandel(c complex128) int {
	z := complex(0, 0)
	for i := 0; i < maxIter; i++ {
		z = z*z + c
		if cmplx.Abs(z) > 2 {
			return i
		}
	}
	return maxIter
}

func main() {
	shades := " .:-=+*#%@"
	var sb strings.Builder
	hist := make(map[int]int)
	for y := 0; y < height; y++ {
		for x := 0; x < width; x++ {
			re := -2.2 + 3.0*float64(x)/width
			im := -1.2 + 2.4*float64(y)/height
			n := mandel(complex(re, im))
			idx := n * (len(shades) - 1) / maxIter
			sb.WriteByte(shades[idx])
			hist[idx]++
		}
		sb.WriteByte('\n')
	}
	fmt.Print(sb.String())
	for i := 0; i < len(shades); i++ {
		fmt.Printf("%q:%d ", shades[i], hist[i])
	}
	fmt.Println()
	c := complex(-0.75, 0.1)
	fmt.Printf("%v %.3f real=%g imag=%g abs=%.4f phase=%.4f\n", c, c, real(c), imag(c), cmplx.Abs(c), cmplx.Phase(c))
	fmt.Println(cmplx.Sqrt(-1), cmplx.Exp(complex(0, math.Pi)))
	fmt.Printf("%8.3f|%-8.2f|%08.3f|%+.2e\n", math.Pi, math.E, -math.Sqrt2, 123456.789)
}
