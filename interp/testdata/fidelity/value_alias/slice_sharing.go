// Slices share backing arrays: append aliasing, full slice expressions,
// copy, and the classic bugs they cause, shown with len/cap.
package main

import "fmt"

func appendOne(s []int) []int { return append(s, 99) }

func modify(s []int) { s[0] = -1 }

func grow(s *[]int) { *s = append(*s, 7) }

func main() {
	base := make([]int, 3, 5)
	a := append(base, 1)
	b := append(base, 2)
	fmt.Println(base, a, b, len(base), cap(base))

	full := base[:3:3]
	c := append(full, 3)
	c[0] = 100
	fmt.Println(base, c, cap(full))

	orig := []int{1, 2, 3, 4, 5}
	head := orig[:2]
	tail := orig[2:]
	head = append(head, 42)
	fmt.Println(orig, head, tail)

	modify(orig[3:])
	fmt.Println(orig)
	x := appendOne(orig[:1])
	fmt.Println(orig, x)

	var s []int
	grow(&s)
	grow(&s)
	fmt.Println(s, len(s))

	dst := make([]int, 3)
	n := copy(dst, []int{9, 8, 7, 6})
	fmt.Println(n, dst)
	n = copy(orig[1:], orig)
	fmt.Println(n, orig)

	matrix := make([][]int, 3)
	row := make([]int, 3)
	for i := range matrix {
		matrix[i] = row
	}
	matrix[0][0] = 1
	fmt.Println(matrix)
	for i := range matrix {
		matrix[i] = make([]int, 3)
		matrix[i][i] = i + 1
	}
	fmt.Println(matrix)

	words := []string{"a", "b", "c", "d"}
	filtered := words[:0]
	for _, w := range words {
		if w != "b" {
			filtered = append(filtered, w)
		}
	}
	fmt.Println(filtered, words)

	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), append(nilS, empty...) == nil)
	r := orig[1:3]
	fmt.Println(r, len(r), cap(r), r[:cap(r)])
}
