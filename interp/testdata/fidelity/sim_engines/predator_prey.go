package main

import (
	"fmt"
	"math/rand"
)

const (
	W = 16
	H = 8
)

type Kind uint8

const (
	Empty Kind = iota
	Rabbit
	Fox
)

type Cell struct {
	Kind   Kind
	Energy int
	Moved  bool
}

type World [H][W]Cell

var dirs = [4][2]int{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}

func (w *World) count() (r, f int) {
	for y := range w {
		for x := range w[y] {
			switch w[y][x].Kind {
			case Rabbit:
				r++
			case Fox:
				f++
			}
		}
	}
	return
}

func (w *World) step(rng *rand.Rand) {
	for y := range w {
		for x := range w[y] {
			w[y][x].Moved = false
		}
	}
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			c := &w[y][x]
			if c.Kind == Empty || c.Moved {
				continue
			}
			d := dirs[rng.Intn(4)]
			nx, ny := (x+d[0]+W)%W, (y+d[1]+H)%H
			t := &w[ny][nx]
			switch c.Kind {
			case Rabbit:
				if t.Kind == Empty {
					*t = Cell{Rabbit, 0, true}
					if rng.Intn(4) != 0 {
						*c = Cell{}
					} else {
						c.Moved = true
					}
				}
			case Fox:
				c.Energy--
				if c.Energy <= 0 {
					*c = Cell{}
					continue
				}
				if t.Kind == Rabbit {
					*t = Cell{Fox, c.Energy + 4, true}
					if c.Energy > 6 {
						c.Energy /= 2
						c.Moved = true
					} else {
						*c = Cell{}
					}
				} else if t.Kind == Empty {
					*t = Cell{Fox, c.Energy, true}
					*c = Cell{}
				}
			}
		}
	}
}

func (w *World) String() string {
	s := ""
	for y := range w {
		for x := range w[y] {
			s += string(".rF"[w[y][x].Kind])
		}
		s += "\n"
	}
	return s
}

func main() {
	rng := rand.New(rand.NewSource(42))
	var w World
	for i := 0; i < 30; i++ {
		w[rng.Intn(H)][rng.Intn(W)] = Cell{Kind: Rabbit}
	}
	for i := 0; i < 5; i++ {
		w[rng.Intn(H)][rng.Intn(W)] = Cell{Kind: Fox, Energy: 6}
	}
	fmt.Print(w.String())
	for gen := 1; gen <= 25; gen++ {
		w.step(rng)
		r, f := w.count()
		fmt.Printf("gen %2d rabbits %3d foxes %2d\n", gen, r, f)
	}
	fmt.Print(w.String())
}
