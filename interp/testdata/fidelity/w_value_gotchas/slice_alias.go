package main

import "fmt"

type Stack struct {
	data []int
}

func (s Stack) PushValue(v int) Stack {
	s.data = append(s.data, v)
	return s
}

func (s *Stack) Push(v int) { s.data = append(s.data, v) }

type Matrix [2][2]int

func (m Matrix) Doubled() Matrix {
	for i := range m {
		for j := range m[i] {
			m[i][j] *= 2
		}
	}
	return m
}

func (m *Matrix) Inc() {
	for i := range m {
		m[i][0]++
	}
}

func main() {
	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5)
	fmt.Println(a, b, c, len(a), cap(b))
	d := a[1:2]
	d = append(d, 99)
	fmt.Println(a, d, len(d), cap(d))
	e := a[1:2:2]
	e = append(e, 77)
	fmt.Println(a, e)
	s := Stack{data: make([]int, 0, 4)}
	s2 := s.PushValue(1)
	s3 := s.PushValue(2)
	fmt.Println(s.data, s2.data, s3.data)
	s.Push(5)
	fmt.Println(s.data, s2.data)
	m := Matrix{{1, 2}, {3, 4}}
	dm := m.Doubled()
	m.Inc()
	fmt.Println(m, dm)
	arrs := []Matrix{m, dm}
	for _, x := range arrs {
		x.Inc()
	}
	fmt.Println(arrs)
	for i := range arrs {
		arrs[i].Inc()
	}
	fmt.Printf("%v %+v %#v\n", arrs[0], arrs[1], arrs[0][1])
	grid := make([][]rune, 2)
	row := []rune("ab")
	for i := range grid {
		grid[i] = row
	}
	grid[0][0] = 'X'
	fmt.Printf("%q %c\n", grid, grid[1][0])
	copy(b[1:], []int{7, 8, 9, 10})
	fmt.Println(b, a[:4])
	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(append(nilS, empty...)), fmt.Sprint(nilS) == fmt.Sprint(empty))
	fmt.Printf("%v %d %#v %#v\n", nilS, len(empty), nilS, empty)
}
