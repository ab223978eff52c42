package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Setter[T any] interface {
	*T
	Set(string) error
}

type IntBox struct{ V int }

func (b *IntBox) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil {
		return fmt.Errorf("IntBox: %w", err)
	}
	b.V = n
	return nil
}

type Name struct{ First, Last string }

func (n *Name) Set(s string) error {
	first, last, ok := strings.Cut(s, " ")
	if !ok {
		return fmt.Errorf("Name: %q has no space", s)
	}
	n.First, n.Last = first, last
	return nil
}

func ParseAll[T any, PT Setter[T]](inputs []string) ([]T, error) {
	out := make([]T, len(inputs))
	for i, in := range inputs {
		p := PT(&out[i])
		if err := p.Set(in); err != nil {
			return out[:i], fmt.Errorf("item %d: %w", i, err)
		}
	}
	return out, nil
}

type Numeric interface{ ~int | ~float64 }

type Vec[T Numeric] []T

func (v Vec[T]) Dot(o Vec[T]) T {
	var s T
	for i := range v {
		s += v[i] * o[i]
	}
	return s
}

func (v Vec[T]) Scale(k T) Vec[T] {
	out := make(Vec[T], len(v))
	for i, x := range v {
		out[i] = x * k
	}
	return out
}

type Grid[T any] struct {
	w, h  int
	cells []T
}

func NewGrid[T any](w, h int, fill T) *Grid[T] {
	g := &Grid[T]{w: w, h: h, cells: make([]T, w*h)}
	for i := range g.cells {
		g.cells[i] = fill
	}
	return g
}

func (g *Grid[T]) At(x, y int) T     { return g.cells[y*g.w+x] }
func (g *Grid[T]) Put(x, y int, v T) { g.cells[y*g.w+x] = v }
func (g *Grid[T]) Rows() [][]T {
	var rows [][]T
	for y := 0; y < g.h; y++ {
		rows = append(rows, g.cells[y*g.w:(y+1)*g.w])
	}
	return rows
}

func main() {
	nums, err := ParseAll[IntBox]([]string{"1", "22", "333"})
	fmt.Println(nums, err)
	nums, err = ParseAll[IntBox]([]string{"4", "five", "6"})
	fmt.Println(nums, err)
	names, err := ParseAll[Name]([]string{"Ada Lovelace", "Alan Turing"})
	fmt.Printf("%+v %v\n", names, err)
	_, err = ParseAll[Name]([]string{"Plato"})
	fmt.Println(err)

	v := Vec[int]{1, 2, 3}
	fmt.Println(v.Dot(Vec[int]{4, 5, 6}), v.Scale(3))
	f := Vec[float64]{0.5, 1.5}
	fmt.Println(f.Dot(f), f.Scale(2))

	g := NewGrid(3, 2, ".")
	g.Put(1, 0, "#")
	g.Put(2, 1, "@")
	for _, row := range g.Rows() {
		fmt.Println(strings.Join(row, ""))
	}
	bg := NewGrid(2, 2, false)
	bg.Put(0, 1, true)
	fmt.Println(bg.Rows(), bg.At(0, 1), bg.At(1, 1))
}
