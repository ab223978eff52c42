package main

import "fmt"

// Langton's ant plus a second ant, simulated on a small torus.

type Dir int

const (
	N Dir = iota
	E
	S
	Wd
)

func (d Dir) Right() Dir { return (d + 1) % 4 }
func (d Dir) Left() Dir  { return (d + 3) % 4 }

type Ant struct {
	X, Y int
	D    Dir
	Rule string
}

type Board struct {
	Size  int
	Color map[[2]int]int
}

func (b *Board) Get(x, y int) int { return b.Color[[2]int{x, y}] }

func (b *Board) Step(a *Ant) {
	c := b.Get(a.X, a.Y)
	if a.Rule[c%len(a.Rule)] == 'R' {
		a.D = a.D.Right()
	} else {
		a.D = a.D.Left()
	}
	nc := (c + 1) % len(a.Rule)
	if nc == 0 {
		delete(b.Color, [2]int{a.X, a.Y})
	} else {
		b.Color[[2]int{a.X, a.Y}] = nc
	}
	switch a.D {
	case N:
		a.Y--
	case S:
		a.Y++
	case E:
		a.X++
	case Wd:
		a.X--
	}
	a.X = (a.X%b.Size + b.Size) % b.Size
	a.Y = (a.Y%b.Size + b.Size) % b.Size
}

func (b *Board) Print(ants ...*Ant) {
	sym := " #o+"
	for y := 0; y < b.Size; y++ {
		line := []byte{}
		for x := 0; x < b.Size; x++ {
			ch := sym[b.Get(x, y)]
			for _, a := range ants {
				if a.X == x && a.Y == y {
					ch = "^>v<"[a.D]
				}
			}
			line = append(line, ch)
		}
		fmt.Printf("|%s|\n", line)
	}
}

func main() {
	b := &Board{Size: 14, Color: map[[2]int]int{}}
	a1 := &Ant{X: 7, Y: 7, D: N, Rule: "RL"}
	a2 := &Ant{X: 3, Y: 3, D: E, Rule: "RLR"}
	checkpoints := map[int]bool{10: true, 100: true, 500: true}
	for i := 1; i <= 500; i++ {
		b.Step(a1)
		b.Step(a2)
		if checkpoints[i] {
			fmt.Printf("step %d: colored=%d ant1=%+v ant2=(%d,%d,%d)\n", i, len(b.Color), *a1, a2.X, a2.Y, a2.D)
		}
	}
	b.Print(a1, a2)
	hist := make([]int, 4)
	for _, c := range b.Color {
		hist[c]++
	}
	fmt.Println("histogram:", hist)
}
