package main

import (
	"fmt"
	"math"
	"sort"
)

func safeDiv(a, b float64) (float64, string) {
	r := a / b
	switch {
	case math.IsNaN(r):
		return r, "nan"
	case math.IsInf(r, 1):
		return r, "+inf"
	case math.IsInf(r, -1):
		return r, "-inf"
	}
	return r, "ok"
}

func main() {
	nan := math.NaN()
	inf := math.Inf(1)
	fmt.Println(nan, inf, -inf, math.Inf(-1))
	fmt.Println("nan == nan:", nan == nan, "nan != nan:", nan != nan)
	fmt.Println("nan < 1:", nan < 1, "nan > 1:", nan > 1)
	fmt.Println("inf > maxfloat:", inf > math.MaxFloat64, "inf-inf:", inf-inf, "inf*0:", inf*0)
	fmt.Printf("%v %f %.2f %e %g %5.1f|\n", nan, nan, inf, -inf, nan, inf)
	fmt.Printf("%+v %+f\n", inf, nan)

	for _, p := range [][2]float64{{1, 0}, {-1, 0}, {0, 0}, {6, 3}} {
		r, kind := safeDiv(p[0], p[1])
		fmt.Printf("%v/%v = %v (%s)\n", p[0], p[1], r, kind)
	}
	var zero float64
	negZero := -zero
	fmt.Println("neg zero:", negZero, math.Signbit(negZero), 1/negZero, math.Copysign(0, -1))
	fmt.Println("sqrt(-1):", math.Sqrt(-1), "log(0):", math.Log(0), "log(-1):", math.Log(-1))
	fmt.Println("max/min with nan:", math.Max(1, nan), math.Min(nan, 1), math.Max(inf, nan))
	fmt.Println("go max/min:", max(1.0, 2.5, -3.0), min(4, 2, 8))

	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	fmt.Println("map with NaN keys, len:", len(m), "lookup:", m[nan])

	xs := []float64{3, nan, 1, inf, -inf, 2}
	sort.Float64s(xs)
	fmt.Println("sorted:", xs)
	fmt.Println("isInf(+inf, 0):", math.IsInf(inf, 0), "float32 inf:", float32(math.Inf(1)))
	var big float32 = 3.4e38
	fmt.Println("float32 overflow:", big*10)
	fmt.Println("int of nan is implementation-specific; skipping; Trunc(inf):", math.Trunc(inf))
	fmt.Println("Mod:", math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7, 0), math.Remainder(7, 3))
}
