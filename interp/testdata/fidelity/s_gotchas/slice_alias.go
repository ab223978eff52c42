package main

import (
	"fmt"
	"slices"
)

type Matrix [2][2]int

func (m Matrix) Double() Matrix {
	for i := range m {
		for j := range m[i] {
			m[i][j] *= 2
		}
	}
	return m
}

func (m *Matrix) Inc() {
	for i := range m {
		m[i][i]++
	}
}

type Bag struct {
	Items []string
	Tags  [2]string
	Meta  map[string]int
}

func main() {
	a := []int{1, 2, 3, 4, 5}
	b := a[1:3]
	b = append(b, 99)
	fmt.Println(a, b, len(b), cap(b))
	c := a[1:3:3]
	c = append(c, 100)
	c[0] = -2
	fmt.Println(a, c)

	m := Matrix{{1, 2}, {3, 4}}
	d := m.Double()
	m.Inc()
	fmt.Println(m, d, m == d, Matrix{{2, 2}, {3, 5}} == m)

	bag1 := Bag{Items: []string{"x"}, Tags: [2]string{"t1", "t2"}, Meta: map[string]int{"n": 1}}
	bag2 := bag1
	bag2.Items[0] = "changed"
	bag2.Tags[0] = "changed"
	bag2.Meta["n"] = 2
	bag2.Items = append(bag2.Items, "new")
	fmt.Printf("%v\n%v\n", bag1, bag2)

	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range copy:", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 2 {
			fmt.Println("range slice:", v)
		}
	}
	s := make([]int, 0, 10)
	s1 := append(s, 1)
	s2 := append(s, 2)
	fmt.Println(s1, s2)
	grid := make([][]rune, 2)
	row := []rune("..")
	for i := range grid {
		grid[i] = row
	}
	grid[0][0] = '#'
	fmt.Println(string(grid[0]), string(grid[1]))
	x := slices.Insert([]int{1, 2}, 1, 9, 8)
	y := slices.Compact([]int{1, 1, 2, 2, 2, 3, 1})
	fmt.Println(x, y, slices.Equal(x[:1], y[:1]))
}
