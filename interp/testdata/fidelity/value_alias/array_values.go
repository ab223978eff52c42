// Arrays are values: assignment copies, comparison with ==, arrays as
// map keys, arrays of arrays, and range over an array copy.
package main

import "fmt"

type Board [3][3]byte

func (b Board) String() string {
	s := ""
	for _, row := range b {
		s += string(row[:]) + "\n"
	}
	return s
}

func (b *Board) Set(r, c int, v byte) { b[r][c] = v }

func (b Board) With(r, c int, v byte) Board {
	b[r][c] = v
	return b
}

func winner(b Board) byte {
	lines := [][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a, b2, c := b[l[0][0]][l[0][1]], b[l[1][0]][l[1][1]], b[l[2][0]][l[2][1]]
		if a != '.' && a == b2 && b2 == c {
			return a
		}
	}
	return 0
}

func main() {
	var b Board
	for r := range b {
		for c := range b[r] {
			b[r][c] = '.'
		}
	}
	c := b
	c.Set(1, 1, 'X')
	d := c.With(0, 0, 'O')
	fmt.Print(b, "--\n", c, "--\n", d)
	fmt.Println(b == c, c == d.With(0, 0, '.'))

	seen := map[Board]int{b: 1}
	seen[c]++
	seen[d.With(0, 0, '.')]++
	fmt.Println(len(seen), seen[c])

	g := d
	for _, mv := range [][3]int{{0, 1, 'X'}, {2, 2, 'O'}, {2, 1, 'X'}} {
		g.Set(mv[0], mv[1], byte(mv[2]))
	}
	fmt.Printf("%c %v\n", winner(g), winner(d))

	arr := [5]int{1, 2, 3, 4, 5}
	for i, v := range arr {
		arr[4-i] = v * 10
	}
	fmt.Println(arr)
	arr2 := [5]int{1, 2, 3, 4, 5}
	for i, v := range &arr2 {
		arr2[4-i] = v * 10
	}
	fmt.Println(arr2)

	type key [2]string
	counts := map[key]int{}
	pairs := []string{"a", "b", "a", "b", "b", "a"}
	for i := 0; i+1 < len(pairs); i += 2 {
		counts[key{pairs[i], pairs[i+1]}]++
	}
	fmt.Println(counts)
	p := &arr
	p[0] = 7
	fmt.Println(arr[0], len(p), [...]string{2: "c", 0: "a"})
}
