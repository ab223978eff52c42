package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	values := []float64{0, 1, -1, 0.1, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e21, 1.5e-7,
		123456789.0, 0.000001234, math.Pi, math.MaxFloat64, math.SmallestNonzeroFloat64}
	for _, v := range values {
		fmt.Printf("%-24v %-12g %-14e %-14.3f %s\n", v, v, v, v, strconv.FormatFloat(v, 'g', -1, 64))
	}

	fmt.Println("--- precision ---")
	x := 1234.5678
	for _, prec := range []int{-1, 0, 1, 2, 4, 8} {
		fmt.Printf("prec %2d: f=%s e=%s g=%s\n", prec,
			strconv.FormatFloat(x, 'f', prec, 64),
			strconv.FormatFloat(x, 'e', prec, 64),
			strconv.FormatFloat(x, 'g', prec, 64))
	}

	fmt.Println("--- float32 ---")
	f32 := float32(0.1)
	fmt.Println(f32, float64(f32), strconv.FormatFloat(float64(f32), 'g', -1, 32))
	fmt.Printf("%v %.10f %g\n", f32*3, f32*3, float32(1)/3)

	fmt.Println("--- widths ---")
	fmt.Printf("[%8.2f] [%-8.2f] [%08.2f] [%+.2f] [% .2f]\n", 3.14159, 3.14159, 3.14159, 3.14159, 3.14159)
	fmt.Printf("[%10.3e] [%G] [%E]\n", 123456.789, 1e-10, 6.02214076e23)
	fmt.Printf("[%x] [%b]\n", 1.0, 0.5)

	fmt.Println("--- sums ---")
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1.0, math.Abs(sum-1) < 1e-9)
	fmt.Println(0.1+0.2, float32(0.1)+float32(0.2))
	fmt.Println(1e100, 1e-100, 5e-324)
	var ff float64 = 100000000
	fmt.Println(ff, ff*10, ff*1e13, ff*1e14)
	fmt.Println(strconv.ParseFloat("1e400", 64))
	fmt.Println(strconv.ParseFloat("0x1.8p1", 64))
	fmt.Println(strconv.ParseFloat("inf", 64))
}
