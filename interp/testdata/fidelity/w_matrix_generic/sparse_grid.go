package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Coord struct{ R, C int }

func (c Coord) String() string { return fmt.Sprintf("r%dc%d", c.R, c.C) }

type Sparse[V comparable] struct {
	cells map[Coord]V
	zero  V
}

func NewSparse[V comparable]() *Sparse[V] { return &Sparse[V]{cells: map[Coord]V{}} }

func (s *Sparse[V]) Set(r, c int, v V) {
	if v == s.zero {
		delete(s.cells, Coord{r, c})
		return
	}
	s.cells[Coord{r, c}] = v
}

func (s *Sparse[V]) Get(r, c int) V { return s.cells[Coord{r, c}] }

func (s *Sparse[V]) Keys() []Coord {
	ks := make([]Coord, 0, len(s.cells))
	for k := range s.cells {
		ks = append(ks, k)
	}
	slices.SortFunc(ks, func(a, b Coord) int {
		return cmp.Or(cmp.Compare(a.R, b.R), cmp.Compare(a.C, b.C))
	})
	return ks
}

func (s *Sparse[V]) Render(rows, cols int, show func(V) string) string {
	var sb strings.Builder
	for r := range rows {
		for c := range cols {
			v, ok := s.cells[Coord{r, c}]
			if !ok {
				sb.WriteString(".")
				continue
			}
			sb.WriteString(show(v))
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

type Tile struct {
	Kind  byte
	Level int
}

func main() {
	g := NewSparse[int]()
	g.Set(0, 0, 5)
	g.Set(2, 3, 7)
	g.Set(1, 1, 9)
	g.Set(1, 1, 0)
	g.Set(3, 0, -1)
	fmt.Println(g.Keys(), len(g.cells), g.Get(2, 3), g.Get(9, 9))
	fmt.Print(g.Render(4, 4, func(v int) string { return fmt.Sprint(v % 10) }))
	fmt.Println(g.cells)
	t := NewSparse[Tile]()
	t.Set(0, 1, Tile{'#', 2})
	t.Set(1, 0, Tile{'~', 1})
	t.Set(1, 2, Tile{})
	fmt.Print(t.Render(2, 3, func(v Tile) string { return string(v.Kind) }))
	fmt.Printf("%v\n%+v\n", t.cells, t.Get(0, 1))
	words := NewSparse[string]()
	for i, w := range strings.Fields("go is fun and go is fast") {
		words.Set(i/3, i%3, w)
	}
	fmt.Printf("%q\n", words.Keys())
	fmt.Printf("%v %s %d\n", Coord{1, 2}, Coord{3, 4}, Coord{5, 6})
}
