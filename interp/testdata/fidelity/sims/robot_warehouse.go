package main

import (
	"errors"
	"fmt"
	"strings"
)

type Dir int

const (
	North Dir = iota
	East
	South
	West
)

func (d Dir) String() string { return "NESW"[d : d+1] }
func (d Dir) Right() Dir     { return (d + 1) % 4 }
func (d Dir) Left() Dir      { return (d + 3) % 4 }

type Pos struct{ X, Y int }

func (p Pos) Step(d Dir) Pos {
	switch d {
	case North:
		return Pos{p.X, p.Y - 1}
	case South:
		return Pos{p.X, p.Y + 1}
	case East:
		return Pos{p.X + 1, p.Y}
	}
	return Pos{p.X - 1, p.Y}
}

type Robot struct {
	Name    string
	At      Pos
	Facing  Dir
	Carried []string
}

type CollisionError struct {
	Robot string
	At    Pos
	With  string
}

func (e *CollisionError) Error() string {
	return fmt.Sprintf("%s would hit %s at %v", e.Robot, e.With, e.At)
}

var ErrOutside = errors.New("outside the floor")

type Floor struct {
	W, H   int
	shelf  map[Pos]string
	robots []*Robot
}

func (f *Floor) occupied(p Pos, except *Robot) (string, bool) {
	for _, r := range f.robots {
		if r != except && r.At == p {
			return r.Name, true
		}
	}
	return "", false
}

func (f *Floor) Exec(r *Robot, cmds string) error {
	for i, c := range cmds {
		switch c {
		case 'L':
			r.Facing = r.Facing.Left()
		case 'R':
			r.Facing = r.Facing.Right()
		case 'F':
			next := r.At.Step(r.Facing)
			if next.X < 0 || next.Y < 0 || next.X >= f.W || next.Y >= f.H {
				return fmt.Errorf("%s command %d: %w", r.Name, i, ErrOutside)
			}
			if other, ok := f.occupied(next, r); ok {
				return &CollisionError{r.Name, next, other}
			}
			r.At = next
			if item, ok := f.shelf[next]; ok {
				r.Carried = append(r.Carried, item)
				delete(f.shelf, next)
			}
		}
	}
	return nil
}

func (f *Floor) Render() string {
	var b strings.Builder
	for y := 0; y < f.H; y++ {
		for x := 0; x < f.W; x++ {
			p := Pos{x, y}
			if name, ok := f.occupied(p, nil); ok {
				b.WriteByte(name[0])
			} else if _, ok := f.shelf[p]; ok {
				b.WriteByte('#')
			} else {
				b.WriteByte('.')
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	f := &Floor{W: 6, H: 4, shelf: map[Pos]string{{2, 0}: "bolts", {4, 2}: "gears", {1, 3}: "oil"}}
	a := &Robot{Name: "Ada", At: Pos{0, 0}, Facing: East}
	b := &Robot{Name: "Bo", At: Pos{5, 3}, Facing: West}
	f.robots = []*Robot{a, b}
	fmt.Print(f.Render())
	plans := []struct {
		r    *Robot
		cmds string
	}{{a, "FFRFF"}, {b, "FFFFR"}, {a, "LFFFF"}, {b, "FFF"}, {a, "RRFFFF"}}
	for _, p := range plans {
		err := f.Exec(p.r, p.cmds)
		var ce *CollisionError
		switch {
		case errors.As(err, &ce):
			fmt.Println("collision:", err, "| blocked by", ce.With)
		case errors.Is(err, ErrOutside):
			fmt.Println("stopped:", err)
		case err != nil:
			fmt.Println("other:", err)
		default:
			fmt.Printf("%s now at %v facing %v carrying %v\n", p.r.Name, p.r.At, p.r.Facing, p.r.Carried)
		}
	}
	fmt.Print(f.Render())
	fmt.Printf("%+v\n", *a)
}
