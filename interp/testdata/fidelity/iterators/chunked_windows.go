package main

import (
	"fmt"
	"iter"
	"slices"
)

// Windows yields every run of n consecutive elements.
func Windows[T any](xs []T, n int) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		for i := 0; i+n <= len(xs); i++ {
			if !yield(xs[i : i+n]) {
				return
			}
		}
	}
}

type Grid struct {
	w, h  int
	cells []byte
}

// Neighbors yields the in-bounds orthogonal neighbours of (x, y).
func (g Grid) Neighbors(x, y int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for _, d := range [][2]int{{0, -1}, {1, 0}, {0, 1}, {-1, 0}} {
			nx, ny := x+d[0], y+d[1]
			if nx < 0 || ny < 0 || nx >= g.w || ny >= g.h {
				continue
			}
			if !yield(nx, ny) {
				return
			}
		}
	}
}

func (g Grid) At(x, y int) byte { return g.cells[y*g.w+x] }

func main() {
	depths := []int{199, 200, 208, 210, 200, 207, 240, 269, 260, 263}
	increases := 0
	prev := -1
	for w := range Windows(depths, 3) {
		s := w[0] + w[1] + w[2]
		if prev >= 0 && s > prev {
			increases++
		}
		prev = s
	}
	fmt.Println("window increases:", increases)

	for c := range slices.Chunk([]string{"a", "b", "c", "d", "e"}, 2) {
		fmt.Println(c, len(c), cap(c))
	}

	g := Grid{w: 4, h: 3, cells: []byte("abcdefghijkl")}
	for _, p := range [][2]int{{0, 0}, {1, 1}, {3, 2}} {
		fmt.Printf("(%d,%d)=%c:", p[0], p[1], g.At(p[0], p[1]))
		for nx, ny := range g.Neighbors(p[0], p[1]) {
			fmt.Printf(" %c", g.At(nx, ny))
		}
		fmt.Println()
	}
	n := 0
	for range g.Neighbors(1, 1) {
		n++
		if n == 2 {
			break
		}
	}
	fmt.Println("stopped after", n)
	for i := range 3 {
		fmt.Print(i * i)
	}
	fmt.Println()
}
