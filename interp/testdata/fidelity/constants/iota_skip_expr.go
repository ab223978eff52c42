package main

import "fmt"

type Priority int

const (
	Low Priority = iota * 10
	Medium
	High
	_
	Critical
)

const (
	A = iota
	B
	C = 'x'
	D
	E = iota
)

func main() {
	fmt.Println(Low, Medium, High, Critical)
	fmt.Println(A, B, C, D, E)

	ps := []Priority{High, Low, Critical}
	max := ps[0]
	for _, p := range ps {
		if p > max {
			max = p
		}
	}
	fmt.Println(max)
}
