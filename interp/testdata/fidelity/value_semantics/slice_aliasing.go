package main

import (
	"fmt"
	"slices"
	"strings"
)

func appendAll(dst []string, items ...string) []string {
	return append(dst, items...)
}

func main() {
	base := make([]int, 3, 10)
	a := append(base, 1)
	b := append(base, 2)
	fmt.Println(a[3], b[3], len(base), cap(a))

	orig := []int{1, 2, 3, 4, 5}
	head := orig[:2]
	head = append(head, 99)
	fmt.Println(orig, head)
	safe := slices.Clip(orig[:2])
	safe = append(safe, 42)
	fmt.Println(orig, safe)

	full := orig[1:3:3]
	full = append(full, 7)
	fmt.Println(orig, full, len(full), cap(full) >= 3)

	words := strings.Fields("a b c d")
	copyN := copy(words[1:], words)
	fmt.Println(words, copyN)

	matrix := make([][]int, 3)
	row := make([]int, 3)
	for i := range matrix {
		matrix[i] = row
	}
	matrix[0][0] = 5
	fmt.Println(matrix)

	var xs []int
	for i := 0; i < 5; i++ {
		xs = append(xs, i)
	}
	ys := xs[1:4]
	ys[0] = -1
	fmt.Println(xs, ys, len(ys))
	zs := slices.Delete(slices.Clone(xs), 1, 3)
	fmt.Println(zs, xs)
	in := slices.Insert([]string{"x", "z"}, 1, "y")
	fmt.Println(in, appendAll(in[:1], "q"), in)
	s := []byte("hello")
	t := s[1:3]
	t = append(t, 'X')
	fmt.Println(string(s), string(t))
	fmt.Println(slices.Equal(xs[:2], []int{0, -1}), slices.Index(xs, 3), slices.Contains(xs, 9))
}
