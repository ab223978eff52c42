package main

import (
	"fmt"
	"slices"
)

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)

	n = copy(src[1:], src)
	fmt.Println(n, src)

	c := slices.Clone(src)
	c[0] = 100
	fmt.Println(src[0], c[0])

	bs := make([]byte, 5)
	n = copy(bs, "héllo")
	fmt.Println(n, bs, string(bs))

	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), slices.Equal(nilS, empty))
	fmt.Println(slices.Clone(nilS) == nil)
}
