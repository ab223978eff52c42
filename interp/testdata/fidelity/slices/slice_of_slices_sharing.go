package main

import "fmt"

func main() {
	base := []int{1, 2, 3, 4, 5, 6}
	parts := [][]int{base[:2], base[2:4], base[4:]}
	parts[1][0] = 30
	fmt.Println(base, parts)

	parts[0] = append(parts[0], 99)
	fmt.Println(base, parts)

	var res [][]int
	cur := []int{}
	for i := 0; i < 3; i++ {
		cur = append(cur, i)
		res = append(res, cur)
	}
	fmt.Println(res)

	var fixed [][]int
	cur = nil
	for i := 0; i < 3; i++ {
		cur = append(cur, i)
		fixed = append(fixed, append([]int(nil), cur...))
	}
	fmt.Println(fixed)
}
