package main

import "fmt"

type Matrix [3][3]int

func (m Matrix) Transposed() Matrix {
	for i := 0; i < 3; i++ {
		for j := i + 1; j < 3; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
	return m
}

func (m *Matrix) Scale(k int) {
	for i := range m {
		for j := range m[i] {
			m[i][j] *= k
		}
	}
}

type Board struct {
	Cells [4]rune
	Name  string
}

func main() {
	m := Matrix{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	t := m.Transposed()
	fmt.Println(m[0], t[0])
	m.Scale(2)
	fmt.Println(m[2], t[2], m == t, t.Transposed() == Matrix{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}})

	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range copy sees", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 2 {
			fmt.Println("range slice sees", v)
		}
	}
	ptr := &arr
	for i := range ptr {
		ptr[i]++
	}
	fmt.Println(arr)

	b1 := Board{[4]rune{'x', 'o', ' ', 'x'}, "one"}
	b2 := b1
	b2.Cells[2] = 'o'
	fmt.Println(string(b1.Cells[:]), string(b2.Cells[:]), b1 == b2)
	boards := map[string]Board{"a": b1}
	tmp := boards["a"]
	tmp.Name = "changed"
	fmt.Println(boards["a"].Name, tmp.Name)
	grid := [2][2]string{{"a", "b"}, {"c", "d"}}
	row := grid[1]
	row[0] = "z"
	fmt.Println(grid, row)
	counts := map[[2]int]int{}
	for _, p := range [][2]int{{1, 2}, {2, 1}, {1, 2}} {
		counts[p]++
	}
	fmt.Println(counts[[2]int{1, 2}], counts[[2]int{2, 1}], len(counts))
}
