package main

import (
	"fmt"
	"math"
	"math/cmplx"
	"strings"
)

func dft(x []complex128) []complex128 {
	n := len(x)
	out := make([]complex128, n)
	for k := 0; k < n; k++ {
		var s complex128
		for t := 0; t < n; t++ {
			angle := -2 * math.Pi * float64(k*t) / float64(n)
			s += x[t] * cmplx.Exp(complex(0, angle))
		}
		out[k] = s
	}
	return out
}

func fft(x []complex128) []complex128 {
	n := len(x)
	if n == 1 {
		return []complex128{x[0]}
	}
	even := make([]complex128, n/2)
	odd := make([]complex128, n/2)
	for i := 0; i < n/2; i++ {
		even[i], odd[i] = x[2*i], x[2*i+1]
	}
	e, o := fft(even), fft(odd)
	out := make([]complex128, n)
	for k := 0; k < n/2; k++ {
		t := cmplx.Rect(1, -2*math.Pi*float64(k)/float64(n)) * o[k]
		out[k] = e[k] + t
		out[k+n/2] = e[k] - t
	}
	return out
}

func clean(z complex128) complex128 {
	r, i := real(z), imag(z)
	if math.Abs(r) < 1e-9 {
		r = 0
	}
	if math.Abs(i) < 1e-9 {
		i = 0
	}
	return complex(r, i)
}

func main() {
	const n = 16
	signal := make([]complex128, n)
	for i := range signal {
		t := float64(i) / n
		signal[i] = complex(math.Sin(2*math.Pi*2*t)+0.5*math.Cos(2*math.Pi*5*t)+0.25, 0)
	}
	a, b := dft(signal), fft(signal)
	maxDiff := 0.0
	for i := range a {
		maxDiff = math.Max(maxDiff, cmplx.Abs(a[i]-b[i]))
	}
	fmt.Printf("max |dft-fft| = %.2e\n", maxDiff)
	fmt.Println("bin  magnitude  phase")
	for k := 0; k <= n/2; k++ {
		mag := cmplx.Abs(b[k]) / n
		if k != 0 && k != n/2 {
			mag *= 2
		}
		bar := strings.Repeat("#", int(mag*40))
		fmt.Printf("%3d  %9.4f  %6.3f %s\n", k, mag, cmplx.Phase(clean(b[k])), bar)
	}
	fmt.Println(clean(b[2]), clean(b[5]), clean(b[0]))
	fmt.Printf("%.3f %+.2e %v\n", b[2], b[3], clean(b[14]))
	// inverse via conjugation
	inv := make([]complex128, n)
	for i, v := range b {
		inv[i] = cmplx.Conj(v)
	}
	inv = fft(inv)
	worst := 0.0
	for i := range inv {
		v := cmplx.Conj(inv[i]) / n
		worst = math.Max(worst, cmplx.Abs(v-signal[i]))
	}
	fmt.Printf("round trip error %.1e\n", worst)
}
