package main

import (
	"fmt"
	"math"
	"time"
)

const Pi = 3.14159265358979323846264338327950288419716939937510582097494459
const Big = 1 << 62
const Huge = 1 << 100
const Greeting = "hello"

type Miles float64

func main() {
	var f32 float32 = Pi
	var f64 = Pi
	fmt.Println(f32, f64)
	fmt.Println(Big, Huge>>90)

	var m Miles = 2.5
	fmt.Println(m*2, m/Miles(math.Sqrt(4)))

	timeout := 3 * time.Second
	fmt.Println(timeout, time.Duration(Big))

	const c = 'a' + 1
	fmt.Println(c, string(rune(c)))
	fmt.Printf("%T %T %T %T\n", Pi, Big, Greeting, c)

	const typed int32 = 7
	fmt.Printf("%T %v\n", typed*2, typed/2)
}
