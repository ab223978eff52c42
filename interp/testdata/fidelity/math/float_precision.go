package main

import "fmt"

func main() {
	a := 0.1
	b := 0.2
	fmt.Println(a+b, a+b == 0.3)

	var f32 float32 = 16777216
	fmt.Println(f32+1, float32(0.1))

	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, fmt.Sprintf("%.20f", sum))

	f1, f2 := 2.9, -2.9
	fmt.Println(int(f1), int(f2), int64(1e18), float64(1<<53+1))

	x := 1e308
	fmt.Println(x*10, -x*10)
	fmt.Println(5/2, 5.0/2, float64(5)/2, 5/2.0)

	const big = 1 << 100
	fmt.Println(big >> 98)
}
