package main

import "fmt"

func appendOne(s []int) []int {
	return append(s, 99)
}

func modify(s []int) {
	s[0] = -1
	s = append(s, 1000)
	s[1] = -2
}

func main() {
	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5)
	fmt.Println(a, b, c)
	fmt.Println(len(a), cap(a), len(b), cap(b))

	x := []int{1, 2, 3}
	y := append(x, 4)
	z := append(x, 5)
	fmt.Println(x, y, z)

	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	sub := base[2:5]
	fmt.Println(sub, len(sub), cap(sub))
	sub = append(sub, 100)
	fmt.Println(base)
	limited := base[2:5:5]
	limited = append(limited, 200)
	fmt.Println(base, limited)

	s := []int{1, 2, 3}
	modify(s)
	fmt.Println(s)
	s2 := make([]int, 3, 4)
	modify(s2)
	fmt.Println(s2, s2[:4])

	orig := []string{"a", "b", "c", "d"}
	removed := append(orig[:1], orig[2:]...)
	fmt.Println(removed, orig)

	buf := []byte("hello world")
	word := buf[:5]
	copy(buf, "HELLO")
	fmt.Println(string(word))

	var nilSlice []int
	empty := []int{}
	fmt.Println(nilSlice == nil, empty == nil, len(nilSlice), len(empty))
	fmt.Printf("%v %v %d\n", nilSlice, empty, cap(appendOne(nilSlice)))

	matrix := make([][]int, 3)
	row := make([]int, 3)
	for i := range matrix {
		matrix[i] = row
	}
	matrix[0][0] = 7
	fmt.Println(matrix)

	grid := [3][3]int{}
	g2 := grid
	g2[1][1] = 5
	fmt.Println(grid, g2)

	n := copy(row, []int{9, 8, 7, 6, 5})
	fmt.Println(n, row, matrix[2])

	str := "héllo"
	bs := []byte(str)
	bs[0] = 'H'
	fmt.Println(str, string(bs), len(str), len(bs))
}
