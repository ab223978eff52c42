package main

import "fmt"

func main() {
	var name string
	var age int
	var height float64
	n, err := fmt.Sscanf("Ann 31 1.72", "%s %d %f", &name, &age, &height)
	fmt.Println(n, err, name, age, height)

	var x, y int
	n, err = fmt.Sscanf("pos=3,4", "pos=%d,%d", &x, &y)
	fmt.Println(n, err, x, y)

	var a, b string
	n, err = fmt.Sscan("hello   world", &a, &b)
	fmt.Println(n, err, a+"|"+b)

	var v int
	n, err = fmt.Sscanf("abc", "%d", &v)
	fmt.Println(n, err)

	var h int
	fmt.Sscanf("ff", "%x", &h)
	fmt.Println(h)
}
