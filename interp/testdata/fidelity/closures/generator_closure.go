package main

import "fmt"

func idGen(prefix string) func() string {
	id := 0
	return func() string {
		id++
		return fmt.Sprintf("%s-%04d", prefix, id)
	}
}

func accumulate() (add func(float64), avg func() float64) {
	var sum float64
	var n int
	add = func(x float64) { sum += x; n++ }
	avg = func() float64 {
		if n == 0 {
			return 0
		}
		return sum / float64(n)
	}
	return
}

func main() {
	next := idGen("ORD")
	fmt.Println(next(), next(), next())

	add, avg := accumulate()
	fmt.Println(avg())

	for _, x := range []float64{3, 4, 8} {
		add(x)
	}
	fmt.Printf("%.3f\n", avg())
}
