package main

import (
	"fmt"
	"strings"
)

type Field struct {
	s    [][]bool
	w, h int
}

func NewField(w, h int) *Field {
	s := make([][]bool, h)
	for i := range s {
		s[i] = make([]bool, w)
	}
	return &Field{s: s, w: w, h: h}
}

func (f *Field) Set(x, y int, b bool) { f.s[y][x] = b }

func (f *Field) Alive(x, y int) bool {
	x += f.w
	x %= f.w
	y += f.h
	y %= f.h
	return f.s[y][x]
}

func (f *Field) Next(x, y int) bool {
	alive := 0
	for i := -1; i <= 1; i++ {
		for j := -1; j <= 1; j++ {
			if (j != 0 || i != 0) && f.Alive(x+i, y+j) {
				alive++
			}
		}
	}
	return alive == 3 || alive == 2 && f.Alive(x, y)
}

type Life struct {
	a, b *Field
	w, h int
	gen  int
}

func NewLife(w, h int, cells [][2]int) *Life {
	a := NewField(w, h)
	for _, c := range cells {
		a.Set(c[0], c[1], true)
	}
	return &Life{a: a, b: NewField(w, h), w: w, h: h}
}

func (l *Life) Step() {
	for y := 0; y < l.h; y++ {
		for x := 0; x < l.w; x++ {
			l.b.Set(x, y, l.a.Next(x, y))
		}
	}
	l.a, l.b = l.b, l.a
	l.gen++
}

func (l *Life) Population() (n int) {
	for y := 0; y < l.h; y++ {
		for x := 0; x < l.w; x++ {
			if l.a.Alive(x, y) {
				n++
			}
		}
	}
	return
}

func (l *Life) String() string {
	var buf strings.Builder
	fmt.Fprintf(&buf, "gen %d pop %d\n", l.gen, l.Population())
	for y := 0; y < l.h; y++ {
		for x := 0; x < l.w; x++ {
			b := byte('.')
			if l.a.Alive(x, y) {
				b = '#'
			}
			buf.WriteByte(b)
		}
		buf.WriteByte('\n')
	}
	return buf.String()
}

func main() {
	glider := [][2]int{{1, 0}, {2, 1}, {0, 2}, {1, 2}, {2, 2}}
	l := NewLife(8, 6, glider)
	for i := 0; i < 5; i++ {
		fmt.Print(l)
		l.Step()
	}
	blinker := NewLife(5, 5, [][2]int{{1, 2}, {2, 2}, {3, 2}})
	for i := 0; i < 3; i++ {
		fmt.Println(blinker)
		blinker.Step()
	}
	var pops []int
	big := NewLife(20, 20, [][2]int{{5, 5}, {6, 5}, {7, 5}, {6, 6}, {10, 10}, {11, 10}, {10, 11}, {11, 11}})
	for i := 0; i < 30; i++ {
		pops = append(pops, big.Population())
		big.Step()
	}
	fmt.Println(pops)
}
