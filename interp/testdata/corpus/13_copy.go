package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)

	a := []int{1, 2, 3}
	b := a
	b[0] = 99
	fmt.Println(a, b)

	c := make([]int, len(a))
	copy(c, a)
	c[1] = 42
	fmt.Println(a, c)

	d := append([]int(nil), a...)
	d[2] = 7
	fmt.Println(a, d)

	bs := make([]byte, 5)
	copy(bs, "hello world")
	fmt.Println(string(bs))

	x := []int{0, 1, 2, 3, 4}
	copy(x[1:], x)
	fmt.Println(x)
}
