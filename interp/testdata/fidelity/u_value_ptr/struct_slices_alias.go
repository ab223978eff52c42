package main

import (
	"fmt"
	"slices"
)

type Matrix struct {
	Rows, Cols int
	Data       []float64
}

func NewMatrix(r, c int) Matrix {
	return Matrix{r, c, make([]float64, r*c)}
}

func (m Matrix) At(i, j int) float64     { return m.Data[i*m.Cols+j] }
func (m Matrix) Set(i, j int, v float64) { m.Data[i*m.Cols+j] = v } // works through shared slice
func (m Matrix) Clone() Matrix {
	return Matrix{m.Rows, m.Cols, slices.Clone(m.Data)}
}
func (m *Matrix) Resize(r, c int) {
	m.Rows, m.Cols = r, c
	m.Data = make([]float64, r*c)
}

type Stack struct{ items []int }

func (s Stack) PushValue(v int) { s.items = append(s.items, v) }
func (s *Stack) Push(v int)     { s.items = append(s.items, v) }
func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func main() {
	m := NewMatrix(2, 2)
	m.Set(0, 0, 1)
	m.Set(1, 1, 2)
	alias := m
	alias.Set(0, 1, 5)
	cl := m.Clone()
	cl.Set(1, 0, 9)
	fmt.Println(m.Data, alias.Data, cl.Data)
	alias.Resize(1, 3)
	fmt.Println(m.Rows, m.Cols, m.Data, alias.Rows, alias.Data)

	s := Stack{items: make([]int, 0, 8)}
	s.PushValue(1)
	fmt.Println(len(s.items), s.items[:1])
	s.Push(2)
	s.Push(3)
	t := s
	t.Push(4)
	s.Push(5)
	fmt.Println(s.items, t.items)
	fmt.Println(s.Pop(), s.Pop(), s.items)

	grid := make([][]rune, 3)
	row := []rune("...")
	for i := range grid {
		grid[i] = row // all rows alias one slice
	}
	grid[0][1] = '#'
	for _, r := range grid {
		fmt.Println(string(r))
	}
	for i := range grid {
		grid[i] = slices.Clone(row)
	}
	grid[2][2] = '@'
	for _, r := range grid {
		fmt.Println(string(r))
	}

	a := []int{1, 2, 3, 4, 5}
	b := a[1:3]
	b = append(b, 99)
	fmt.Println(a, b, len(b), cap(b))
	c := a[1:3:3]
	c = append(c, 77)
	fmt.Println(a, c)
	arr := [3][]int{{1}, {2}, {3}}
	arr2 := arr
	arr2[0][0] = 100
	arr2[1] = []int{200}
	fmt.Println(arr, arr2)
	type Node struct {
		Val      int
		Children []*Node
	}
	root := &Node{Val: 1}
	kids := []Node{{Val: 2}, {Val: 3}}
	for i := range kids {
		root.Children = append(root.Children, &kids[i])
	}
	kids[0].Val = 20
	for _, k := range root.Children {
		fmt.Print(k.Val, " ")
	}
	fmt.Println()
}
