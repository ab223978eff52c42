package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	A = iota * 10
	B
	_
	D
)

const Pi = 3.14159
const Big = 1 << 100

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Wednesday)
	fmt.Println(KB, MB, GB)
	fmt.Println(A, B, D)
	fmt.Println(Pi*2, Big>>98)
	const typed int64 = 5
	fmt.Printf("%T %T %T\n", typed, Pi, 'x')
}
