package main

import (
	"fmt"
	"math"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

type Number interface {
	Integer | ~float32 | ~float64
}

func Mean[T Number](xs ...T) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	var sum float64
	for _, x := range xs {
		sum += float64(x)
	}
	return sum / float64(len(xs))
}

func Clamp[T Number](x, lo, hi T) T {
	return min(max(x, lo), hi)
}

func GCD[T Integer](a, b T) T {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

type Celsius float64
type Port uint16

func main() {
	fmt.Println(Mean(1, 2, 3, 4))
	fmt.Println(Mean[float64]())
	fmt.Println(Mean(Celsius(20.5), Celsius(22.5)))
	fmt.Printf("%.3f\n", Mean[uint8](250, 251, 255))

	fmt.Println(Clamp(15, 0, 10), Clamp(-3.5, -1, 1), Clamp(Port(80), 1024, 65535))
	fmt.Printf("%T %v\n", Clamp(Celsius(-300), -273.15, 1000), Clamp(Celsius(-300), -273.15, 1000))

	fmt.Println(GCD(48, 18), GCD(uint64(1071), 462), GCD[int8](-12, 8))
	var big int64 = 1 << 40
	fmt.Println(GCD(big, 1<<20))
}
