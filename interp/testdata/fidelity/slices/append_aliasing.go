package main

import "fmt"

func main() {
	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5)
	fmt.Println(a, b, c, len(a), cap(a))

	x := []int{1, 2, 3}
	y := append(x, 4)
	z := append(x, 5)
	fmt.Println(x, y, z)

	s := []int{0, 1, 2, 3, 4, 5}
	t := s[1:3]
	t = append(t, 99)
	fmt.Println(s, t, len(t), cap(t))

	u := s[1:3:3]
	u = append(u, 100)
	fmt.Println(s, u)
}
