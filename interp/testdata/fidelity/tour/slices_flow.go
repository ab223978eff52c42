package main

import (
	"fmt"
	"runtime"
	"strings"
)

func printSlice(s []int) {
	fmt.Printf("len=%d cap=%d %v\n", len(s), cap(s), s)
}

func pow(x, n, lim float64) float64 {
	v := 1.0
	for i := 0; i < int(n); i++ {
		v *= x
	}
	if v < lim {
		return v
	} else {
		fmt.Printf("%g >= %g\n", v, lim)
	}
	return lim
}

func main() {
	primes := [6]int{2, 3, 5, 7, 11, 13}
	var s []int = primes[1:4]
	fmt.Println(s)

	names := [4]string{"John", "Paul", "George", "Ringo"}
	a := names[0:2]
	b := names[1:3]
	b[0] = "XXX"
	fmt.Println(a, b)
	fmt.Println(names)

	q := []int{2, 3, 5, 7, 11, 13}
	printSlice(q)
	q = q[:0]
	printSlice(q)
	q = q[:4]
	printSlice(q)
	q = q[2:]
	printSlice(q)

	var z []int
	fmt.Println(z, len(z), cap(z), z == nil)

	board := [][]string{
		{"_", "_", "_"},
		{"_", "_", "_"},
		{"_", "_", "_"},
	}
	board[0][0] = "X"
	board[2][2] = "O"
	board[1][2] = "X"
	board[1][0] = "O"
	board[0][2] = "X"
	for i := 0; i < len(board); i++ {
		fmt.Printf("%s\n", strings.Join(board[i], " "))
	}

	var g []int
	printSlice(g)
	g = append(g, 0)
	printSlice(g)
	g = append(g, 1)
	printSlice(g)
	g = append(g, 2, 3, 4)
	printSlice(g)

	pow2 := make([]int, 10)
	for i := range pow2 {
		pow2[i] = 1 << uint(i)
	}
	for _, value := range pow2 {
		fmt.Printf("%d ", value)
	}
	fmt.Println()

	sum := 1
	for sum < 1000 {
		sum += sum
	}
	fmt.Println(sum)
	fmt.Println(pow(3, 2, 10), pow(3, 3, 20))

	switch os := runtime.GOOS; os {
	case "plan9":
		fmt.Println("Plan 9")
	default:
		fmt.Println("some OS with a name of", len(os) > 0)
	}

	hour := 14
	switch {
	case hour < 12:
		fmt.Println("Good morning!")
	case hour < 17:
		fmt.Println("Good afternoon.")
	default:
		fmt.Println("Good evening.")
	}

	defer fmt.Println("world")
	fmt.Println("counting")
	for i := 0; i < 4; i++ {
		defer fmt.Println(i)
	}
	fmt.Println("hello")
}
