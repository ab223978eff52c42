package main

import (
	"bytes"
	"fmt"
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

func NewLife(w, h int, pattern []string) *Life {
	a := NewField(w, h)
	for y, row := range pattern {
		for x, c := range row {
			if c == '#' {
				a.Set(x+1, y+1, true)
			}
		}
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
	for _, row := range l.a.s {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return
}

func (l *Life) String() string {
	var buf bytes.Buffer
	for y := 0; y < l.h; y++ {
		for x := 0; x < l.w; x++ {
			b := byte('.')
			if l.a.Alive(x, y) {
				b = '*'
			}
			buf.WriteByte(b)
		}
		buf.WriteByte('\n')
	}
	return buf.String()
}

func main() {
	glider := []string{".#.", "..#", "###"}
	l := NewLife(10, 8, glider)
	fmt.Printf("generation %d, population %d\n%v", l.gen, l.Population(), l)
	for i := 0; i < 4; i++ {
		l.Step()
	}
	fmt.Printf("generation %d, population %d\n%s", l.gen, l.Population(), l)
	blinker := NewLife(5, 5, []string{"###"})
	for i := 0; i < 3; i++ {
		fmt.Print(blinker.String(), "--\n")
		blinker.Step()
	}
	pops := []int{}
	rp := NewLife(16, 16, []string{".##", "##.", ".#."})
	for i := 0; i < 30; i++ {
		pops = append(pops, rp.Population())
		rp.Step()
	}
	fmt.Println("r-pentomino populations:", pops)
}
