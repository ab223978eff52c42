package main

import (
	"errors"
	"fmt"
	"strings"
)

type Heading int

const (
	North Heading = iota
	East
	South
	West
)

func (h Heading) String() string { return "NESW"[h : h+1] }

type Robot struct {
	Name string
	X, Y int
	Dir  Heading
	Lost bool
}

type World struct {
	W, H   int
	scents map[[2]int]bool
	robots []*Robot
	walls  map[[2]int]bool
}

var ErrBlocked = errors.New("blocked")

type LostError struct {
	Robot string
	X, Y  int
}

func (e LostError) Error() string { return fmt.Sprintf("%s lost at %d,%d", e.Robot, e.X, e.Y) }

func (w *World) occupied(x, y int, self *Robot) bool {
	for _, r := range w.robots {
		if r != self && !r.Lost && r.X == x && r.Y == y {
			return true
		}
	}
	return w.walls[[2]int{x, y}]
}

func (w *World) Exec(r *Robot, cmds string) error {
	for i, c := range cmds {
		if r.Lost {
			return nil
		}
		switch c {
		case 'L':
			r.Dir = (r.Dir + 3) % 4
		case 'R':
			r.Dir = (r.Dir + 1) % 4
		case 'F':
			dx, dy := [4]int{0, 1, 0, -1}[r.Dir], [4]int{1, 0, -1, 0}[r.Dir]
			nx, ny := r.X+dx, r.Y+dy
			if nx < 0 || ny < 0 || nx > w.W || ny > w.H {
				if w.scents[[2]int{r.X, r.Y}] {
					continue
				}
				w.scents[[2]int{r.X, r.Y}] = true
				r.Lost = true
				return LostError{r.Name, r.X, r.Y}
			}
			if w.occupied(nx, ny, r) {
				return fmt.Errorf("%s step %d to %d,%d: %w", r.Name, i, nx, ny, ErrBlocked)
			}
			r.X, r.Y = nx, ny
		default:
			return fmt.Errorf("%s: bad command %q at %d", r.Name, c, i)
		}
	}
	return nil
}

func (w *World) Render() string {
	var b strings.Builder
	for y := w.H; y >= 0; y-- {
		for x := 0; x <= w.W; x++ {
			ch := "."
			if w.walls[[2]int{x, y}] {
				ch = "#"
			}
			for _, r := range w.robots {
				if !r.Lost && r.X == x && r.Y == y {
					ch = r.Dir.String()
				}
			}
			b.WriteString(ch)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	w := &World{W: 5, H: 3, scents: map[[2]int]bool{}, walls: map[[2]int]bool{{2, 2}: true}}
	jobs := []struct {
		r    *Robot
		cmds string
	}{
		{&Robot{Name: "R1", X: 1, Y: 1, Dir: East}, "RFRFRFRF"},
		{&Robot{Name: "R2", X: 3, Y: 2, Dir: North}, "FRRFLLFFRRFLL"},
		{&Robot{Name: "R3", X: 0, Y: 3, Dir: West}, "LLFFFLFLFL"},
		{&Robot{Name: "R4", X: 3, Y: 3, Dir: North}, "FFRF"},
		{&Robot{Name: "R5", X: 1, Y: 2, Dir: East}, "FF"},
		{&Robot{Name: "R6", X: 4, Y: 0, Dir: South}, "LFXF"},
	}
	for _, j := range jobs {
		w.robots = append(w.robots, j.r)
		err := w.Exec(j.r, j.cmds)
		var le LostError
		switch {
		case errors.As(err, &le):
			fmt.Printf("%-3s LOST (scent at %d,%d)\n", j.r.Name, le.X, le.Y)
		case errors.Is(err, ErrBlocked):
			fmt.Printf("%-3s stopped: %v\n", j.r.Name, err)
		case err != nil:
			fmt.Printf("%-3s error: %v\n", j.r.Name, err)
		default:
			fmt.Printf("%-3s at %d %d %v\n", j.r.Name, j.r.X, j.r.Y, j.r.Dir)
		}
	}
	fmt.Print(w.Render())
	fmt.Println(len(w.scents), "scents")
}
