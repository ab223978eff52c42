package main

import (
	"fmt"
	"math"
	"math/cmplx"
	"strings"
)

const palette = " .:-=+*#%@"

func escape(c complex128, max int) int {
	z := complex(0, 0)
	for i := 0; i < max; i++ {
		z = z*z + c
		if cmplx.Abs(z) > 2 {
			return i
		}
	}
	return max
}

func render(w, h int, xmin, xmax, ymin, ymax float64, max int) []string {
	rows := make([]string, h)
	for py := 0; py < h; py++ {
		var sb strings.Builder
		y := ymax - float64(py)*(ymax-ymin)/float64(h-1)
		for px := 0; px < w; px++ {
			x := xmin + float64(px)*(xmax-xmin)/float64(w-1)
			n := escape(complex(x, y), max)
			idx := n * (len(palette) - 1) / max
			sb.WriteByte(palette[idx])
		}
		rows[py] = sb.String()
	}
	return rows
}

func main() {
	for _, row := range render(64, 24, -2.2, 0.8, -1.2, 1.2, 40) {
		fmt.Println("|" + row + "|")
	}

	z := complex(3, 4)
	fmt.Println(z, real(z), imag(z), cmplx.Abs(z))
	fmt.Printf("%v %.2f %+.3e %g\n", z, z, z, z*z)
	fmt.Println("conj:", cmplx.Conj(z), "phase:", cmplx.Phase(z))
	r, theta := cmplx.Polar(z)
	fmt.Printf("polar: r=%.4f theta=%.4f rect=%.4f\n", r, theta, cmplx.Rect(r, theta))
	fmt.Printf("sqrt(-1)=%v exp(i*pi)=%.3f\n", cmplx.Sqrt(-1), cmplx.Exp(complex(0, math.Pi)))
	fmt.Println("inf:", cmplx.Inf(), cmplx.IsNaN(cmplx.NaN()), z/0)

	var c64 complex64 = complex64(z)
	fmt.Printf("%T %v %T\n", c64, c64*c64, real(c64))

	// roots of unity
	n := 6
	for k := 0; k < n; k++ {
		w := cmplx.Exp(complex(0, 2*math.Pi*float64(k)/float64(n)))
		fmt.Printf("w%d = %6.3f%+6.3fi\n", k, real(w), imag(w))
	}

	// quadratic with complex roots
	a, b, c := 1.0, 2.0, 5.0
	disc := cmplx.Sqrt(complex(b*b-4*a*c, 0))
	r1 := (complex(-b, 0) + disc) / complex(2*a, 0)
	r2 := (complex(-b, 0) - disc) / complex(2*a, 0)
	fmt.Println("roots:", r1, r2, r1 == cmplx.Conj(r2))
	counts := map[int]int{}
	for y := -1.0; y <= 1.0; y += 0.25 {
		for x := -2.0; x <= 0.5; x += 0.25 {
			if escape(complex(x, y), 100) == 100 {
				counts[int(y*4)]++
			}
		}
	}
	fmt.Println("inside per row:", counts)
}
