package main

import "fmt"

var global = "package level"

func main() {
	var a int
	var b string
	var c bool
	var d float64
	var p *int
	fmt.Println(a, b == "", c, d, p == nil)

	var x, y = 1, "two"
	z := 3.5
	fmt.Println(x, y, z)

	i, j := 10, 20
	i, j = j, i
	fmt.Println(i, j)

	var (
		name = "Ada"
		age  = 36
	)
	fmt.Printf("%s is %d\n", name, age)
	fmt.Println(global)

	var u8 uint8 = 255
	u8++
	fmt.Println("wrapped:", u8)
	f := float64(7) / 2
	n := 7 / 2
	fmt.Println(f, n, 7%3, -7%3)
}
